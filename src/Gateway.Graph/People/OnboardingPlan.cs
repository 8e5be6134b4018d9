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
    public static OnboardingPlan? Read(MutationInput input, InputChecks checks)
    {
        var email = checks.Email(input, "email");
        var systems = (input.Enums<UpstreamName>("systems") ?? []).Distinct().ToList();
        if (systems.Count == 0) checks.Add(new RequiredFieldError("`systems` must name at least one system.", "systems"));

        var worksection = input.Object("worksection") ?? new MutationInput(new Dictionary<string, object?>(), "worksection.");
        var wsRole = checks.Role(worksection, "role", WorksectionSource.InvitableRoles, "user");

        var zoho = input.Object("zohoProjects") ?? new MutationInput(new Dictionary<string, object?>(), "zohoProjects.");
        var projectIds = new List<string>();
        if (systems.Contains(UpstreamName.ZohoProjects))
        {
            var given = zoho.Strings("projectIds") ?? [];
            if (given.Count == 0) checks.Add(new RequiredFieldError("`zohoProjects.projectIds` must name at least one project: Zoho makes portal users by adding them to a project.", "zohoProjects.projectIds"));
            projectIds = given.Select((id, i) => ProjectReference.ReadZohoProjectId($"zohoProjects.projectIds[{i}]", id, checks)).OfType<string>().Distinct().ToList();
        }

        var zohoRole = checks.Role(zoho, "role", ZohoProjectsSource.MemberRoles, "employee");
        var rate = checks.Rate(zoho, "rate");

        var v3 = input.Object("peopleV3") ?? new MutationInput(new Dictionary<string, object?>(), "peopleV3.");
        var roleId = checks.Number("peopleV3.roleId", v3.String("roleId"));
        var groupIds = v3.Strings("groupIds")?.Select((g, i) => checks.Number($"peopleV3.groupIds[{i}]", g) ?? 0).ToList();

        if (checks.Failed) return null;
        return new OnboardingPlan(email!, input.String("firstName"), input.String("lastName"), input.String("title"), systems,
            wsRole!, worksection.String("team") is { Length: > 0 } team ? team : null, projectIds, zohoRole!, rate, roleId, v3.String("language"), groupIds);
    }
}
