using GraphQL;
using Gateway.Graph.Provenance;

namespace Gateway.Graph.Sources.Worksection;

/// <summary>The admin API v2 has no call that changes an account user: resolvePersonConflict can only say so.</summary>
public sealed partial class WorksectionSource : IProfileWriter
{
    public string? WriteRefusal(PersonField field) =>
        $"The Worksection admin API v2 has no call to change an account user's {PersonFields.Describe(field)}; change it in Worksection itself.";

    public Task WriteAsync(SourceAccount account, PersonField field, string value, IResolveFieldContext context) =>
        throw new NotSupportedException(WriteRefusal(field));

    // A listed account user is active (the contract has no state), so there is never one to reactivate.
    public string? ReactivateRefusal => "The Worksection admin API v2 has no call to reactivate an account user.";

    public Task ReactivateAsync(SourceAccount account, IResolveFieldContext context) =>
        throw new NotSupportedException(ReactivateRefusal);
}
