using System.Globalization;
using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Projects;
using Gateway.Graph.Sources;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.People;

/// <summary>
/// onboardPerson: creates one person in each chosen system. Reads come first (people, teams, project members), so
/// unknown teams or projects stop everything before any write, and whatever exists already is ALREADY_DONE:
/// re-running after a partial failure completes the rest without duplicates. The systems are written side by side.
/// When the person would take a new Zoho seat (no portal user yet, or an inactive one) and Zoho's <c>availcount</c>,
/// read beside the others, says none is left, nothing is written anywhere: NoSeatsLeftError.
/// </summary>
public sealed class Onboarding(IResolveFieldContext ctx, OnboardingPlan plan)
{
    private CancellationToken Ct => ctx.CancellationToken;

    public async Task<MutationPayload> RunAsync()
    {
        var peopleTask = ctx.PeopleAsync();
        var teamsTask = LoadTeamsAsync();
        var membersTask = plan.ZohoProjectIds.Count == 0
            ? Task.FromResult(Array.Empty<ZohoProjectMembersDataLoader.Outcome?>())
            : ctx.Loader<ZohoProjectMembersDataLoader>().LoadAsync(plan.ZohoProjectIds).GetResultAsync(Ct);
        var seatsTask = plan.Has(UpstreamName.ZohoProjects) ? ZohoSeatsAvailableAsync() : Task.FromResult<int?>(null);
        var people = await peopleTask;
        var teams = await teamsTask;
        var members = await membersTask;
        var seats = await seatsTask;
        var person = people.Value.FindByEmail(plan.Email);

        var errors = new List<MutationError>();
        if (seats <= 0 && people.FailureOf(UpstreamName.ZohoProjects) is null && AccountOf(person, UpstreamName.ZohoProjects) is not { Active: true })
        {
            errors.Add(new NoSeatsLeftError("Zoho Projects has no seat left for another portal user (users/availcount is 0). Free one with " +
                "`deactivatePortalUser` or `offboardPerson`, or add seats in Zoho, then run this again. Nothing was written.", UpstreamName.ZohoProjects, 0));
        }

        var team = ResolveTeam(teams, errors);
        foreach (var (projectId, outcome) in plan.ZohoProjectIds.Zip(members))
        {
            if (outcome?.Failure is { Kind: UpstreamErrorKind.NotFound })
                errors.Add(new UnknownProjectError($"Zoho Projects has no project {projectId}; nothing was written.", projectId));
        }

        if (errors.Count > 0) return MutationPayload.Failed(errors);

        var writes = plan.Systems.Select(system =>
            system == UpstreamName.Worksection ? WorksectionAsync(people.FailureOf(system), person, team)
            : system == UpstreamName.ZohoProjects ? ZohoAsync(people.FailureOf(system), person, members)
            : PeopleV3Async(people.FailureOf(system), person));
        var results = await Task.WhenAll(writes);
        ctx.PeopleChanged();
        foreach (var projectId in plan.ZohoProjectIds) ctx.Loader<ZohoProjectMembersDataLoader>().Clear(projectId);
        return MutationPayload.Ok(new CrossSystemOutcome(EmailKey.Normalize(plan.Email), results));
    }

    // Unreadable counts as unknown: Zoho itself still refuses a user past the licence when the write comes.
    private async Task<int?> ZohoSeatsAvailableAsync()
    {
        try
        {
            return await ctx.Loader<ZohoProjectsClient>().GetAvailableUserCountAsync(Ct);
        }
        catch (UpstreamException)
        {
            return null;
        }
    }

    private async Task<Partial<TeamDirectory>?> LoadTeamsAsync() => plan.Has(UpstreamName.Worksection) && plan.WorksectionTeam is not null
        ? await ctx.Loader<TeamDirectoryDataLoader>().LoadAsync().GetResultAsync(Ct)
        : null;

    private string? ResolveTeam(Partial<TeamDirectory>? teams, List<MutationError> errors)
    {
        // An unreadable team list leaves the name as given: Worksection itself refuses an unknown team.
        if (teams is null || plan.WorksectionTeam is not { } name || teams.FailureOf(UpstreamName.Worksection) is not null) return plan.WorksectionTeam;
        var team = teams.Value.All.FirstOrDefault(t => t.Source == UpstreamName.Worksection && string.Equals(t.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (team is null) errors.Add(new UnknownTeamError($"Worksection has no team named {InputEcho.Quote(name)}; create it with `createTeam` first. Nothing was written.", name));
        return team?.Name;
    }

    private async Task<SystemResult> WorksectionAsync(UpstreamException? unreadable, Person? person, string? team)
    {
        var system = UpstreamName.Worksection;
        if (unreadable is not null) return SystemResult.Failed(system, unreadable);
        if (AccountOf(person, system) is not null) return new SystemResult(system, SystemStatus.AlreadyDone, "Already a Worksection account user.");
        try
        {
            await ctx.Loader<WorksectionClient>().AddUserAsync(
                new WorksectionNewUser(plan.Email, plan.FirstName, plan.LastName, plan.Title, team, Role: plan.WorksectionRole), Ct);
            return new SystemResult(system, SystemStatus.Done, $"Invited as {plan.WorksectionRole}.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(system, failure);
        }
    }

    private async Task<SystemResult> ZohoAsync(UpstreamException? unreadable, Person? person, ZohoProjectMembersDataLoader.Outcome?[] members)
    {
        var system = UpstreamName.ZohoProjects;
        if (unreadable is not null) return SystemResult.Failed(system, unreadable);
        var key = EmailKey.Normalize(plan.Email);
        var missing = new List<string>();
        foreach (var (projectId, outcome) in plan.ZohoProjectIds.Zip(members))
        {
            if (outcome?.Failure is { } failure) return SystemResult.Failed(system, failure);
            if (!outcome!.Users.Any(u => EmailKey.Normalize(u.Email) == key)) missing.Add(projectId);
        }

        var done = new List<string>();
        try
        {
            var zoho = ctx.Loader<ZohoProjectsClient>();
            var account = AccountOf(person, system);
            if (account is { Active: false })
            {
                await zoho.ActivateUserAsync(account.ExternalId, Ct);
                done.Add("Portal user reactivated");
            }

            foreach (var projectId in missing)
            {
                await zoho.AddProjectUsersAsync(projectId, [plan.Email], plan.ZohoRole, plan.ZohoRate, Ct);
                done.Add($"Added to project {projectId}");
            }
        }
        catch (UpstreamException failure)
        {
            var progress = done.Count > 0 ? $" Done before the failure: {string.Join("; ", done)}." : "";
            return SystemResult.Failed(system, failure, UpstreamError.From(failure).Message + progress);
        }

        return done.Count == 0
            ? new SystemResult(system, SystemStatus.AlreadyDone, $"Already a member of project(s) {string.Join(", ", plan.ZohoProjectIds)}.")
            : new SystemResult(system, SystemStatus.Done, string.Join("; ", done) + $" as {plan.ZohoRole}.");
    }

    private async Task<SystemResult> PeopleV3Async(UpstreamException? unreadable, Person? person)
    {
        var system = UpstreamName.PeopleV3;
        if (unreadable is not null) return SystemResult.Failed(system, unreadable);
        var account = AccountOf(person, system);
        if (account is { Active: true }) return new SystemResult(system, SystemStatus.AlreadyDone, "Already in People v3.");
        try
        {
            var v3 = ctx.Loader<PeopleV3Client>();
            if (account is not null)
            {
                // An offboarded (suspended) record is reinstated rather than duplicated.
                await v3.UpdatePersonAsync(long.Parse(account.ExternalId, CultureInfo.InvariantCulture), new PeopleV3PersonInput(account.Email, Suspended: false), Ct);
                return new SystemResult(system, SystemStatus.Done, "Suspended record reinstated.");
            }

            await v3.CreatePersonAsync(new PeopleV3PersonInput(plan.Email, plan.FirstName, plan.LastName, plan.Title,
                plan.PeopleV3RoleId, plan.PeopleV3Language, plan.PeopleV3GroupIds), Ct);
            return new SystemResult(system, SystemStatus.Done, "Created.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(system, failure);
        }
    }

    internal static SourceAccount? AccountOf(Person? person, UpstreamName system) => person?.Accounts.FirstOrDefault(a => a.Source == system);
}
