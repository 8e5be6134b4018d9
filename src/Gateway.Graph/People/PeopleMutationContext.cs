using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Projects;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;
using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

/// <summary>The reads mutations make before and after writing people, through the request's loaders.</summary>
public static class PeopleMutationContext
{
    /// <summary>The merged people as this request currently sees them (fetched once, or again after <see cref="PeopleChanged"/>).</summary>
    public static async Task<Partial<PeopleDirectory>> PeopleAsync(this IResolveFieldContext context) =>
        await context.Loader<PeopleDirectoryDataLoader>().LoadAsync().GetResultAsync(context.CancellationToken);

    /// <summary>The failure of <paramref name="upstream"/> when the directory could not read it: its accounts are then unknown.</summary>
    public static UpstreamException? FailureOf<T>(this Partial<T> partial, UpstreamName upstream) =>
        partial.Failures.FirstOrDefault(f => f.Upstream == upstream);

    /// <summary>Forgets every snapshot built from people, so payload fields and later fields of this request read the change.</summary>
    public static void PeopleChanged(this IResolveFieldContext context)
    {
        context.Loader<PeopleDirectoryDataLoader>().Clear();
        context.Loader<ProjectDirectoryDataLoader>().Clear();
        context.Loader<TeamDirectoryDataLoader>().Clear();
    }

    /// <summary>
    /// After a write to <paramref name="upstream"/> that answered with the record it now holds: patches this request's
    /// list of that upstream with it, so payload fields and later fields read the change without reading every people
    /// list again. Team lists do not depend on people and stay; projects are rebuilt (some come from the people).
    /// </summary>
    public static async Task PeopleChangedAsync(
        this IResolveFieldContext context, UpstreamName upstream, Func<IReadOnlyList<SourcePerson>, IReadOnlyList<SourcePerson>> patch)
    {
        await context.Loader<PeopleDirectoryDataLoader>().PatchAsync(upstream, patch, context.CancellationToken);
        context.Loader<ProjectDirectoryDataLoader>().Clear();
    }

    /// <summary>A payload field holding the person whose merge key is the payload's value, re-read after the write.</summary>
    public static void PersonField(this ObjectGraphType<MutationPayload<string>> payload, string description) =>
        payload.PersonField(key => key, description);

    /// <summary>A payload field holding the person an outcome names, re-read after the write.</summary>
    public static void PersonField<TOutcome>(this ObjectGraphType<MutationPayload<TOutcome>> payload, string description)
        where TOutcome : class, IPersonOutcome =>
        payload.PersonField(outcome => outcome.PersonKey, description);

    private static void PersonField<TResult>(this ObjectGraphType<MutationPayload<TResult>> payload, Func<TResult, string> personKey, string description)
        where TResult : class =>
        payload.Field<PersonType>("person").Description(description).Resolve(ctx => ctx.Source.Value is { } value
            ? ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(p => ctx.Unwrap(p).FindByKey(personKey(value)))
            : null);
}
