using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Sources.ZohoProjects;

/// <summary>
/// Onboarding adds the person to the given projects (which makes the portal user) or reactivates them; a new seat is
/// checked against <c>users/availcount</c> first. Offboarding deactivates the portal user, freeing the seat.
/// </summary>
public sealed partial class ZohoProjectsSource : IAccountLifecycle
{
    public async Task<IOnboardingStep> PrepareOnboardingAsync(OnboardingPlan plan, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        var membersLoader = Members;
        var membersTask = plan.ZohoProjectIds.Count == 0
            ? Task.FromResult(Array.Empty<ZohoProjectMembersDataLoader.Outcome?>())
            : membersLoader.LoadAsync(plan.ZohoProjectIds).GetResultAsync(context.CancellationToken);
        var seats = await SeatsAvailableAsync(context.CancellationToken);
        return new OnboardingStep(Client, membersLoader, plan, await membersTask, seats, context.CancellationToken);
    }

    public async Task<SystemResult> OffboardAsync(Person? person, OffboardingRequest request, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var account = person?.AccountIn(Upstream);
        if (account is null) return new SystemResult(Upstream, SystemStatus.AlreadyDone, "No Zoho Projects portal user.");
        if (!account.Active) return new SystemResult(Upstream, SystemStatus.AlreadyDone, "Portal user already inactive.");
        try
        {
            await Client.DeactivateUserAsync(account.ExternalId, context.CancellationToken);
            return new SystemResult(Upstream, SystemStatus.Done, "Portal user deactivated; project memberships kept.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(Upstream, failure);
        }
    }

    // Unreadable counts as unknown: Zoho itself still refuses a user past the licence when the write comes.
    private async Task<int?> SeatsAvailableAsync(CancellationToken ct)
    {
        try
        {
            return await Client.GetAvailableUserCountAsync(ct);
        }
        catch (UpstreamException)
        {
            return null;
        }
    }

    private sealed class OnboardingStep(
        ZohoProjectsClient zoho, ZohoProjectMembersDataLoader membersLoader, OnboardingPlan plan,
        ZohoProjectMembersDataLoader.Outcome?[] members, int? seats, CancellationToken ct) : IOnboardingStep
    {
        private static UpstreamName System => UpstreamName.ZohoProjects;

        public IEnumerable<MutationError> Check(Partial<PeopleDirectory> people, Person? person)
        {
            if (seats <= 0 && people.FailureOf(System) is null && person?.AccountIn(System) is not { Active: true })
            {
                yield return new NoSeatsLeftError("Zoho Projects has no seat left for another portal user (users/availcount is 0). Free one with " +
                    "`deactivatePortalUser` or `offboardPerson`, or add seats in Zoho, then run this again. Nothing was written.", System, 0);
            }

            foreach (var (projectId, outcome) in plan.ZohoProjectIds.Zip(members))
            {
                if (outcome?.Failure is { Kind: UpstreamErrorKind.NotFound })
                    yield return new UnknownProjectError($"Zoho Projects has no project {projectId}; nothing was written.", projectId);
            }
        }

        public async Task<SystemResult> WriteAsync(Person? person)
        {
            try
            {
                return await AddAsync(person);
            }
            finally
            {
                foreach (var projectId in plan.ZohoProjectIds) membersLoader.Clear(projectId);
            }
        }

        private async Task<SystemResult> AddAsync(Person? person)
        {
            var key = EmailKey.Normalize(plan.Email);
            var missing = new List<string>();
            foreach (var (projectId, outcome) in plan.ZohoProjectIds.Zip(members))
            {
                if (outcome?.Failure is { } failure) return SystemResult.Failed(System, failure);
                if (!outcome!.Users.Any(u => EmailKey.Normalize(u.Email) == key)) missing.Add(projectId);
            }

            var done = new List<string>();
            try
            {
                var account = person?.AccountIn(System);
                if (account is { Active: false })
                {
                    await zoho.ActivateUserAsync(account.ExternalId, ct);
                    done.Add("Portal user reactivated");
                }

                foreach (var projectId in missing)
                {
                    await zoho.AddProjectUsersAsync(projectId, [plan.Email], plan.ZohoRole, plan.ZohoRate, ct);
                    done.Add($"Added to project {projectId}");
                }
            }
            catch (UpstreamException failure)
            {
                var progress = done.Count > 0 ? $" Done before the failure: {string.Join("; ", done)}." : "";
                return SystemResult.Failed(System, failure, UpstreamError.From(failure).Message + progress);
            }

            return done.Count == 0
                ? new SystemResult(System, SystemStatus.AlreadyDone, $"Already a member of project(s) {string.Join(", ", plan.ZohoProjectIds)}.")
                : new SystemResult(System, SystemStatus.Done, string.Join("; ", done) + $" as {plan.ZohoRole}.");
        }
    }
}
