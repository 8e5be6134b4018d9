using System.Text.Json;
using Gateway.Emulators.Faults;
using Gateway.Emulators.PeopleV3;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Worksection;
using Gateway.Emulators.ZohoProjects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Emulators;

/// <summary>
/// <c>/_emulator/</c>: call stats, reset and fault control for tests and benchmarks. These calls are not counted.
/// </summary>
internal static class EmulatorControlEndpoints
{
    // Fixed options: a host composing the emulators may configure its own JSON defaults; this API's shape must not move.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapEmulatorControl(this IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/_emulator");
        control.MapGet("/stats", (CallCounter counter) => Results.Json(counter.Snapshot(), Json));
        control.MapPost("/reset", Reset);
        control.MapPut("/faults/{upstream}", SetFaultAsync);
        control.MapDelete("/faults/{upstream}", (string upstream, FaultInjector faults) =>
            WithUpstream(upstream, () => faults.Clear(upstream.ToLowerInvariant())));
    }

    private static IResult Reset(
        bool? data, CallCounter counter, FaultInjector faults, EmulatorOptions options,
        WorksectionStore worksection, ZohoStore zoho, PeopleV3Store peopleV3)
    {
        counter.Reset();
        faults.ClearAll();
        if (data == true)
        {
            SeedWorld.Load(options, worksection, zoho, peopleV3);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> SetFaultAsync(string upstream, HttpRequest request, FaultInjector faults)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            settings = null;
        }

        return settings is null
            ? Results.Json(new { message = "Body must be a JSON fault settings object" }, Json, statusCode: 400)
            : WithUpstream(upstream, () => faults.Set(upstream.ToLowerInvariant(), settings));
    }

    private static IResult WithUpstream(string upstream, Action apply)
    {
        if (!EmulatorUpstreams.All.Contains(upstream.ToLowerInvariant()))
        {
            return Results.Json(new { message = $"Unknown upstream; use one of {string.Join(", ", EmulatorUpstreams.All)}" }, Json, statusCode: 404);
        }

        apply();
        return Results.NoContent();
    }
}
