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
    public static void MapEmulatorControl(this IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/_emulator");
        control.MapGet("/stats", (CallCounter counter) => Results.Json(counter.Snapshot()));
        control.MapPost("/reset", Reset);
        control.MapPut("/faults/{upstream}", (string upstream, FaultSettings settings, FaultInjector faults) =>
            WithUpstream(upstream, () => faults.Set(upstream.ToLowerInvariant(), settings)));
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

    private static IResult WithUpstream(string upstream, Action apply)
    {
        if (!EmulatorUpstreams.All.Contains(upstream.ToLowerInvariant()))
        {
            return Results.Json(new { message = $"Unknown upstream; use one of {string.Join(", ", EmulatorUpstreams.All)}" }, statusCode: 404);
        }

        apply();
        return Results.NoContent();
    }
}
