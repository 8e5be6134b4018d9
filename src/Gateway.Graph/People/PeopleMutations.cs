using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources.Worksection;
using Gateway.Graph.Sources;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.People;

/// <summary>Worksection <c>add_user</c> as <c>inviteUser</c>. People v3 writes are in <see cref="PeopleV3Mutations"/>.</summary>
public sealed class PeopleMutations : IMutationFields
{
    /// <summary>The roles <c>add_user</c> accepts (worksection-admin-api-v2.txt); owner and admin cannot be invited.</summary>

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<string>("inviteUser", "Invites an account user to Worksection (`add_user`). Roles: user, guest, reader. The payload re-reads the person from all upstreams.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("email").Description("The new user's email.");
                input.Field<StringGraphType>("firstName").Description("First name.");
                input.Field<StringGraphType>("lastName").Description("Last name.");
                input.Field<StringGraphType>("title").Description("Position.");
                input.Field<StringGraphType>("department").Description("Department.");
                input.Field<StringGraphType>("team").Description("The name of an existing Worksection company team; Worksection's first team when omitted.");
                input.Field<StringGraphType>("role").Description("user (default), guest or reader.");
            })
            .Payload(payload => payload.PersonField("The invited person, merged across the upstreams."))
            .Errors(typeof(InvalidEmailErrorType), typeof(RequiredFieldErrorType), typeof(RoleNotAllowedErrorType),
                typeof(DuplicateEmailErrorType), typeof(UnknownTeamErrorType))
            .SerializedPer(input => WriteTargets.Person(input))
            .Resolve(InviteUserAsync);

    private static async Task<MutationPayload<string>> InviteUserAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var email = checks.Email(input, "email");
        var role = checks.Role(input, "role", WorksectionSource.InvitableRoles, "user");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var people = await ctx.PeopleAsync();
        if (people.FailureOf(UpstreamName.Worksection) is { } unreadable) return MutationPayload.Failed(unreadable);
        if (people.Value.FindByEmail(email!)?.Accounts.Any(a => a.Source == UpstreamName.Worksection) == true)
        {
            return MutationPayload.Failed(new DuplicateEmailError($"Worksection already has a user with email '{email}'.", email!, UpstreamName.Worksection));
        }

        var team = input.String("team");
        if (!string.IsNullOrEmpty(team))
        {
            var teams = await ctx.Loader<TeamDirectoryDataLoader>().LoadAsync().GetResultAsync(ctx.CancellationToken);
            if (teams.FailureOf(UpstreamName.Worksection) is { } teamsUnreadable) return MutationPayload.Failed(teamsUnreadable);
            var known = teams.Value.All.FirstOrDefault(t => t.Source == UpstreamName.Worksection && string.Equals(t.Name.Trim(), team, StringComparison.OrdinalIgnoreCase));
            if (known is null) return MutationPayload.Failed(new UnknownTeamError($"Worksection has no team named {InputEcho.Quote(team)}; create it with `createTeam` first.", team));
            team = known.Name;
        }

        try
        {
            await ctx.Loader<WorksectionClient>().AddUserAsync(new WorksectionNewUser(email!, input.String("firstName"), input.String("lastName"),
                input.String("title"), team, input.String("department"), role), ctx.CancellationToken);
        }
        catch (UpstreamException failure)
        {
            return MutationPayload.Failed(failure);
        }
        finally
        {
            ctx.PeopleChanged();
        }

        return MutationPayload.Ok(EmailKey.Normalize(email!));
    }
}
