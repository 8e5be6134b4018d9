using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.People;
using Gateway.Graph.Relay;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Teams;

public sealed class TeamType : ObjectGraphType<Team>
{
    public const string TypeName = "Team";

    public TeamType()
    {
        Name = TypeName;
        Description = "A Worksection team (company or client) or a People v3 group.";
        this.ImplementNode(TypeName, t => t.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The team's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<TeamKindType>>("kind").Description("Company team, client team, or People v3 group.").Resolve(ctx => ctx.Source.Kind);
        Field<StringGraphType>("upstreamType").Description("Worksection's own `type` of the team as sent (e.g. `company`); null for People v3 groups.").Resolve(ctx => ctx.Source.UpstreamType);
        Field<NonNullGraphType<SourceSystemType>>("source").Description("The upstream the team lives in.").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("externalId").Description("The team's id in its upstream.").Resolve(ctx => ctx.Source.ExternalId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("members")
            .Description("The people in the team.")
            .Prefetches(ctx => ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync())
            .Resolve(ctx => ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync()
                .Then(people => ctx.Unwrap(people).All.Where(p => TeamDirectory.IsMember(ctx.Source, p)).ToList()));
    }
}
