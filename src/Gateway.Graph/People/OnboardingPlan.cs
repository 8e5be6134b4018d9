using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Projects;
using Gateway.Graph.Sources.Worksection;
using Gateway.Graph.Sources.ZohoProjects;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>The checked input of onboardPerson, with defaults applied.</summary>
public sealed record OnboardingPlan(
    string Email,
    string? FirstName,
    string? LastName,
    string? Title,
    IReadOnlyList<UpstreamName> Systems,
    string WorksectionRole,
    string? WorksectionTeam,
    IReadOnlyList<string> ZohoProjectIds,
    string ZohoRole,
    decimal? ZohoRate,
    long? PeopleV3RoleId,
    string? PeopleV3Language,
    IReadOnlyList<long>? PeopleV3GroupIds)
{
    public bool Has(UpstreamName system) => Systems.Contains(system);

    /// <summary>The plan, or null with every input problem in <paramref name="checks"/>.</summary>
    public static OnboardingPlan? Read(OnboardPersonInput input, InputChecks checks)
    {
        var email = checks.Email(input.Email, "email");
        var systems = (input.Systems ?? []).Distinct().ToList();
        if (systems.Count == 0) checks.Add(new RequiredFieldError("`systems` must name at least one system.", "systems"));

        var worksection = input.Worksection ?? new OnboardWorksectionInput(null, null);
        var wsRole = checks.Role(worksection.Role, "worksection.role", WorksectionSource.InvitableRoles, "user");

        var zoho = input.ZohoProjects ?? new OnboardZohoProjectsInput(null, null, null);
        var projectIds = new List<string>();
        if (systems.Contains(UpstreamName.ZohoProjects))
        {
            var given = zoho.ProjectIds ?? [];
            if (given.Count == 0) checks.Add(new RequiredFieldError("`zohoProjects.projectIds` must name at least one project: Zoho makes portal users by adding them to a project.", "zohoProjects.projectIds"));
            projectIds = given.Select((id, i) => ProjectReference.ReadZohoProjectId($"zohoProjects.projectIds[{i}]", id, checks)).OfType<string>().Distinct().ToList();
        }

        var zohoRole = checks.Role(zoho.Role, "zohoProjects.role", ZohoProjectsSource.MemberRoles, "employee");
        var rate = checks.Rate(zoho.Rate, "zohoProjects.rate");

        var v3 = input.PeopleV3 ?? new OnboardPeopleV3Input(null, null, null);
        var roleId = checks.Number("peopleV3.roleId", v3.RoleId);
        var groupIds = v3.GroupIds?.Select((g, i) => checks.Number($"peopleV3.groupIds[{i}]", g) ?? 0).ToList();

        if (checks.Failed) return null;
        return new OnboardingPlan(email!, input.FirstName, input.LastName, input.Title, systems,
            wsRole!, worksection.Team is { Length: > 0 } team ? team : null, projectIds, zohoRole!, rate, roleId, v3.Language, groupIds);
    }
}
