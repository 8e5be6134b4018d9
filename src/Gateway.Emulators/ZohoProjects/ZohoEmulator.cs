using Gateway.Emulators.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>Zoho Projects users API under <c>/zoho/restapi/portal/{portalId}/</c>, plus the project list the graph needs.</summary>
internal static class ZohoEmulator
{
    public const string Root = "/zoho/restapi/";

    public static void MapZoho(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/zoho/restapi").AddEndpointFilter(new UpstreamCallFilter(EmulatorUpstreams.Zoho));
        group.MapOperation("GET", "/portal/{portalId}/projects/", ZohoProjectEndpoints.ListProjects);
        group.MapOperation("GET", "/portal/{portalId}/projects/{projectId}/users/", ZohoProjectEndpoints.ListUsers);
        group.MapOperation("POST", "/portal/{portalId}/projects/{projectId}/users/", ZohoProjectEndpoints.AddUsersAsync);
        group.MapOperation("POST", "/portal/{portalId}/projects/{projectId}/users/{userId}/", ZohoProjectEndpoints.UpdateUserAsync);
        group.MapOperation("GET", "/portal/{portalId}/users/availcount/", ZohoPortalEndpoints.AvailableCount);
        group.MapOperation("GET", "/portal/{portalId}/users/", ZohoPortalEndpoints.ListUsers);
        group.MapOperation("POST", "/portal/{portalId}/users/activate/", ZohoPortalEndpoints.ActivateAsync);
        group.MapUnmatched(() => ZohoJson.Error(StatusCodes.Status404NotFound, 6404, "Invalid URL"));
    }
}
