using GraphQL;
using Gateway.Graph.Provenance;

namespace Gateway.Graph.Sources.ZohoProjects;

/// <summary>The portal users API changes a user's state only: resolvePersonConflict can reactivate, not rewrite a field.</summary>
public sealed partial class ZohoProjectsSource : IProfileWriter
{
    public string? WriteRefusal(PersonField field) =>
        $"The Zoho Projects users API changes only a portal user's state, not their {PersonFields.Describe(field)}; change it in Zoho itself.";

    public Task WriteAsync(SourceAccount account, PersonField field, string value, IResolveFieldContext context) =>
        throw new NotSupportedException(WriteRefusal(field));

    public string? ReactivateRefusal => null;

    public Task ReactivateAsync(SourceAccount account, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(context);
        return Client.ActivateUserAsync(account.ExternalId, context.CancellationToken);
    }
}
