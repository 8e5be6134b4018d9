using GraphQL;
using Gateway.Graph.Errors;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>The read every mutation that writes one person's account in one upstream starts with.</summary>
public static class AccountLookup
{
    /// <summary>
    /// The person <paramref name="reference"/> names and their account in <paramref name="upstream"/>, or the typed
    /// error saying why there is none to write: that upstream's people list is unreadable, or the person has no
    /// account there (<paramref name="whenMissing"/> completes "'who' ..." with what to do).
    /// </summary>
    public static async Task<(Person? Person, SourceAccount? Account, MutationError? Failure)> FindAccountAsync(
        this IResolveFieldContext context, PersonReference reference, UpstreamName upstream, string whenMissing)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var people = await context.PeopleAsync();
        if (people.FailureOf(upstream) is { } unreadable) return (null, null, UpstreamError.From(unreadable));
        var person = reference.FindIn(people.Value);
        var account = person?.AccountIn(upstream);
        return account is null
            ? (null, null, new UnknownPersonError($"'{reference.Given}' {whenMissing}", reference.Given))
            : (person, account, null);
    }
}
