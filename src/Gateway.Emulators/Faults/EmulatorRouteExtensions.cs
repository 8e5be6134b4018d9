using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Emulators.Faults;

/// <summary>Maps an emulated endpoint and names its operation <c>METHOD template</c> for stats and fault filters.</summary>
internal static class EmulatorRouteExtensions
{
    public static RouteHandlerBuilder MapOperation(this RouteGroupBuilder group, string method, string template, Delegate handler) =>
        group.MapMethods(template, [method], handler).WithMetadata(new EmulatorOperation($"{method} {template}"));

    /// <summary>Answers every unknown path under the group in the upstream's own error shape, counted as "(unmatched)".</summary>
    public static RouteHandlerBuilder MapUnmatched(this RouteGroupBuilder group, Delegate handler) =>
        group.Map("/{**rest}", handler).WithMetadata(new EmulatorOperation("(unmatched)")).WithOrder(int.MaxValue);
}
