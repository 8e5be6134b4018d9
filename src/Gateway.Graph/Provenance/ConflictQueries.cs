using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.People;

namespace Gateway.Graph.Provenance;

public sealed class ConflictQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConflictSummaryType>>("conflictSummary")
            .Description("Counts of the conflicts between the people records of all systems, per kind and field. " +
                "List the people with `people(where: { hasConflicts: { eq: true } })`.")
            .Resolve(ctx => ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(people => ConflictSummary.Of(ctx.Unwrap(people).All)));
}
