using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Sources.Worksection;

/// <summary>Onboarding invites an account user (<c>add_user</c>); offboarding is not supported by the admin API v2.</summary>
public sealed partial class WorksectionSource : IAccountLifecycle
{
    public const string OffboardingNotSupported =
        "The Worksection admin API v2 has no call to deactivate or remove an account user; remove them in Worksection itself.";

    public async Task<IOnboardingStep> PrepareOnboardingAsync(OnboardingPlan plan, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        var teams = plan.WorksectionTeam is null
            ? null
            : await context.Loader<TeamDirectoryDataLoader>().LoadAsync().GetResultAsync(context.CancellationToken);
        return new OnboardingStep(Client, plan, teams, context.CancellationToken);
    }

    public Task<SystemResult> OffboardAsync(Person? person, OffboardingRequest request, IResolveFieldContext context) =>
        Task.FromResult(person?.AccountIn(Upstream) is null
            ? new SystemResult(Upstream, SystemStatus.AlreadyDone, "No Worksection account.")
            : new SystemResult(Upstream, SystemStatus.NotSupported, OffboardingNotSupported));

    private sealed class OnboardingStep(WorksectionClient client, OnboardingPlan plan, Partial<TeamDirectory>? teams, CancellationToken ct) : IOnboardingStep
    {
        private string? _team = plan.WorksectionTeam;

        public IEnumerable<MutationError> Check(Partial<PeopleDirectory> people, Person? person)
        {
            // An unreadable team list leaves the name as given: Worksection itself refuses an unknown team.
            if (teams is null || plan.WorksectionTeam is not { } name || teams.FailureOf(UpstreamName.Worksection) is not null) yield break;
            var team = teams.Value.All.FirstOrDefault(t => t.Source == UpstreamName.Worksection && string.Equals(t.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
            _team = team?.Name;
            if (team is null) yield return new UnknownTeamError($"Worksection has no team named {InputEcho.Quote(name)}; create it with `createTeam` first. Nothing was written.", name);
        }

        public async Task<SystemResult> WriteAsync(Person? person)
        {
            var system = UpstreamName.Worksection;
            if (person?.AccountIn(system) is not null) return new SystemResult(system, SystemStatus.AlreadyDone, "Already a Worksection account user.");
            try
            {
                await client.AddUserAsync(new WorksectionNewUser(plan.Email, plan.FirstName, plan.LastName, plan.Title, _team, Role: plan.WorksectionRole), ct);
                return new SystemResult(system, SystemStatus.Done, $"Invited as {plan.WorksectionRole}.");
            }
            catch (UpstreamException failure)
            {
                return SystemResult.Failed(system, failure);
            }
        }
    }
}
