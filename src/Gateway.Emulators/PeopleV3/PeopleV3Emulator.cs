using Gateway.Emulators.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Emulators.PeopleV3;

/// <summary>People API v3 under <c>/peoplev3/v3/</c>: people CRUD, plus the groups, roles and languages lists it refers to.</summary>
internal static class PeopleV3Emulator
{
    public const string Root = "/peoplev3/v3/";

    public static void MapPeopleV3(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/peoplev3").AddEndpointFilter(new UpstreamCallFilter(EmulatorUpstreams.PeopleV3));
        group.MapOperation("GET", "/v3/people", PeopleV3PeopleEndpoints.List);
        group.MapOperation("GET", "/v3/people/{id}", PeopleV3PeopleEndpoints.Get);
        group.MapOperation("POST", "/v3/people", PeopleV3PeopleEndpoints.CreateAsync);
        group.MapOperation("PUT", "/v3/people/{id}", PeopleV3PeopleEndpoints.UpdateAsync);
        group.MapOperation("DELETE", "/v3/people/{id}", PeopleV3PeopleEndpoints.Delete);
        group.MapOperation("GET", "/v3/groups", (HttpContext http, PeopleV3Store store, EmulatorOptions options) =>
            Reject(http, options) ?? Json(store.Groups().Select(g => new { id = g.Id, name = g.Name })));
        group.MapOperation("GET", "/v3/roles", (HttpContext http, PeopleV3Store store, EmulatorOptions options) =>
            Reject(http, options) ?? Json(store.Roles().Select(r => new { id = r.Id, name = r.Name })));
        group.MapOperation("GET", "/v3/languages", (HttpContext http, PeopleV3Store store, EmulatorOptions options) =>
            Reject(http, options) ?? Json(store.Languages().Select(l => new { code = l.Code, name = l.Name })));
        group.MapUnmatched((HttpContext http, EmulatorOptions options) => Reject(http, options) ?? Message(StatusCodes.Status404NotFound, "Not found"));
    }

    /// <summary>403 for a missing or wrong bearer token: the contract answers "403 Forbidden ... in case of invalid access".</summary>
    internal static IResult? Reject(HttpContext http, EmulatorOptions options)
    {
        const string scheme = "Bearer ";
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header[scheme.Length..].Trim() == options.PeopleV3AccessToken
            ? null
            : Message(StatusCodes.Status403Forbidden, "Invalid access");
    }

    internal static IResult Json(object body, int status = StatusCodes.Status200OK) =>
        Results.Json(body, PeopleV3Json.Options, statusCode: status);

    internal static IResult Message(int status, string message) => Json(new { message }, status);
}
