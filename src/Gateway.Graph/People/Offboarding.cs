using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>
/// offboardPerson: takes a person out of each chosen system, side by side, through each system's
/// <see cref="IAccountLifecycle"/>. Whatever is already off is ALREADY_DONE, so re-running completes a partial run.
/// </summary>
public sealed class Offboarding(IResolveFieldContext ctx, PersonReference reference, IReadOnlyList<UpstreamName> systems, OffboardingRequest request)
{
    public async Task<MutationPayload<CrossSystemOutcome>> RunAsync()
    {
        var people = await ctx.PeopleAsync();
        var person = reference.FindIn(people.Value);
        if (person is null && people.Failures.Count == 0)
        {
            return MutationPayload.Failed(new UnknownPersonError($"No system knows '{reference.Given}'; nothing to offboard.", reference.Given));
        }

        var sources = ctx.Loader<SourceCatalog>();
        var results = await Task.WhenAll(systems.Select(system => people.FailureOf(system) is { } unreadable
            ? Task.FromResult(SystemResult.Failed(system, unreadable))
            : sources.Get<IAccountLifecycle>(system).OffboardAsync(person, request, ctx)));
        ctx.PeopleChanged();
        return MutationPayload.Ok(new CrossSystemOutcome(person?.Key ?? reference.MergeKey ?? "", results));
    }
}
