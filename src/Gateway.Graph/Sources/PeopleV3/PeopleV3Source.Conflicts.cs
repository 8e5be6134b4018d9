using System.Globalization;
using GraphQL;
using Gateway.Graph.Provenance;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.Sources.PeopleV3;

/// <summary>
/// resolvePersonConflict writes names, title and language with <c>PUT v3/people/{id}</c> (the fields its body takes),
/// and lifts a suspension with the same call.
/// </summary>
public sealed partial class PeopleV3Source : IProfileWriter
{
    public string? WriteRefusal(PersonField field) => field is PersonField.FirstName or PersonField.LastName or PersonField.Title or PersonField.Language
        ? null
        : $"People v3's PUT v3/people/{{id}} does not write the {PersonFields.Describe(field)}; change it in People v3 itself.";

    public Task WriteAsync(SourceAccount account, PersonField field, string value, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(context);
        var input = field switch
        {
            PersonField.FirstName => new PeopleV3PersonInput(account.Email, FirstName: value),
            PersonField.LastName => new PeopleV3PersonInput(account.Email, LastName: value),
            PersonField.Title => new PeopleV3PersonInput(account.Email, Title: value),
            PersonField.Language => new PeopleV3PersonInput(account.Email, Language: value),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, WriteRefusal(field)),
        };
        return Client.UpdatePersonAsync(long.Parse(account.ExternalId, CultureInfo.InvariantCulture), input, context.CancellationToken);
    }

    public string? ReactivateRefusal => null;

    public Task ReactivateAsync(SourceAccount account, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(context);
        return Client.UpdatePersonAsync(long.Parse(account.ExternalId, CultureInfo.InvariantCulture),
            new PeopleV3PersonInput(account.Email, Suspended: false), context.CancellationToken);
    }
}
