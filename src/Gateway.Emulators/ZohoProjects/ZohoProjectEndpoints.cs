using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>Project list and project membership endpoints; both lists are paged (<see cref="ZohoPaging"/>).</summary>
internal static class ZohoProjectEndpoints
{
    private static readonly string[] MemberRoles = ["manager", "employee", "contractor"];

    public static IResult ListProjects(HttpContext http, string portalId, ZohoStore store, EmulatorOptions options)
    {
        if (ZohoRequest.Reject(http, portalId, options) is { } rejected)
        {
            return rejected;
        }

        return ZohoPaging.TryPage(http.Request, store.Projects(), out var projects, out var error) ? ZohoJson.Json(new { projects }) : error!;
    }

    public static IResult ListUsers(HttpContext http, string portalId, string projectId, string? usertype, ZohoStore store, EmulatorOptions options)
    {
        if (ZohoRequest.Reject(http, portalId, options) is { } rejected)
        {
            return rejected;
        }

        if (!ZohoRequest.TryUserType(usertype, out var active))
        {
            return ZohoRequest.InvalidParameter("usertype");
        }

        var members = long.TryParse(projectId, out var id) ? store.ProjectUsers(id, active) : null;
        if (members is null)
        {
            return ZohoRequest.NotFound("Project does not exist");
        }

        return ZohoPaging.TryPage(http.Request, members, out var users, out var error) ? ZohoJson.Json(new { users }) : error!;
    }

    public static async Task<IResult> AddUsersAsync(HttpContext http, string portalId, string projectId, ZohoStore store, EmulatorOptions options)
    {
        if (ZohoRequest.Reject(http, portalId, options) is { } rejected)
        {
            return rejected;
        }

        var parameters = await ZohoRequest.ParametersAsync(http.Request);
        var emails = parameters.GetValueOrDefault("email", "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (emails.Length == 0 || !emails.All(EmailRule.IsValid))
        {
            return ZohoRequest.InvalidParameter("email");
        }

        var role = parameters.GetValueOrDefault("role", "employee");
        if (!MemberRoles.Contains(role))
        {
            return ZohoRequest.InvalidParameter("role");
        }

        if (!ZohoRequest.TryRate(parameters.GetValueOrDefault("rate"), out var rate))
        {
            return ZohoRequest.InvalidParameter("rate");
        }

        var outcome = long.TryParse(projectId, out var id)
            ? store.AddProjectUsers(id, emails, role, rate)
            : ZohoOutcome.NotFound("Project does not exist");
        return Answer(outcome);
    }

    public static async Task<IResult> UpdateUserAsync(
        HttpContext http, string portalId, string projectId, string userId, ZohoStore store, EmulatorOptions options)
    {
        if (ZohoRequest.Reject(http, portalId, options) is { } rejected)
        {
            return rejected;
        }

        var parameters = await ZohoRequest.ParametersAsync(http.Request);
        if (!parameters.TryGetValue("role", out var role) || !MemberRoles.Contains(role))
        {
            return ZohoRequest.InvalidParameter("role");
        }

        if (!ZohoRequest.TryRate(parameters.GetValueOrDefault("rate"), out var rate))
        {
            return ZohoRequest.InvalidParameter("rate");
        }

        var outcome = long.TryParse(projectId, out var id)
            ? store.UpdateProjectUser(id, userId, role, rate)
            : ZohoOutcome.NotFound("Project does not exist");
        return Answer(outcome);
    }

    private static IResult Answer(ZohoOutcome outcome) =>
        outcome.Users is { } users ? ZohoJson.Json(new { users }) : ZohoJson.Error(outcome.Status, outcome.Code, outcome.Message!);
}
