using Gateway.Emulators.PeopleV3;
using Gateway.Emulators.Worksection;
using Gateway.Emulators.ZohoProjects;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Emulators;

/// <summary>Maps the three emulated upstreams and the <c>/_emulator</c> control endpoints.</summary>
public static class EmulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>/worksection/api/admin/v2/</c>, <c>/zoho/restapi/</c>, <c>/peoplev3/v3/</c> and <c>/_emulator/</c>.
    /// Needs <see cref="EmulatorServiceCollectionExtensions.AddEmulators"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapEmulators(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWorksection();
        endpoints.MapZoho();
        endpoints.MapPeopleV3();
        endpoints.MapEmulatorControl();
        return endpoints;
    }
}
