using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Teams;

/// <summary>Worksection <c>add_user_group</c> as createTeam.</summary>
public sealed class TeamMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<string>("createTeam", "Creates a Worksection team (`add_user_group`): a company team, or a client team with `client: true`.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("name").Description("The team's name.");
                input.Field<BooleanGraphType>("client").Description("True for a team of an external client; false (default) for a company team.");
            })
            .Payload(payload => payload.Field<TeamType>("team").Description("The created team.")
                .Resolve(ctx => ctx.Source.Value is string key ? ctx.Loader<TeamDirectoryDataLoader>().LoadForKey(key).Then(t => ctx.Unwrap(t).Find(key)) : null))
            .Errors(typeof(RequiredFieldErrorType))
            .SerializedPer(input => WriteTargets.Named("team", input, "name"))
            .Resolve(CreateTeamAsync);

    private static async Task<MutationPayload<string>> CreateTeamAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var name = checks.Required(input, "name");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        try
        {
            var group = await ctx.Loader<WorksectionClient>().AddUserGroupAsync(name!, input.Boolean("client") == true, ctx.CancellationToken);
            return MutationPayload.Ok(TeamDirectory.KeyOf(UpstreamName.Worksection, group.Id));
        }
        catch (UpstreamException failure)
        {
            return MutationPayload.Failed(failure);
        }
        finally
        {
            ctx.Loader<TeamDirectoryDataLoader>().Clear();
        }
    }
}
