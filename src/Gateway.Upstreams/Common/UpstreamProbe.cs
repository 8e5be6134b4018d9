using Gateway.Upstreams.Common.Http;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;

namespace Gateway.Upstreams.Common;

internal sealed class UpstreamProbe(IServiceProvider services, UpstreamPipelines pipelines) : IUpstreamProbe
{
    public async Task<bool> IsReachableAsync(UpstreamName upstream, CancellationToken ct)
    {
        try
        {
            // The smallest read each contract offers; an upstream that is not registered is not reachable.
            Task? probe = upstream.Code switch
            {
                "worksection" => services.GetService<WorksectionClient>()?.GetContactGroupsAsync(ct),
                "zoho" => services.GetService<ZohoProjectsClient>()?.GetAvailableUserCountAsync(ct),
                "peoplev3" => services.GetService<PeopleV3Client>()?.GetLanguagesAsync(ct),
                _ => throw new ArgumentOutOfRangeException(nameof(upstream), upstream.Code, "No client is registered for this upstream."),
            };
            if (probe is null)
            {
                return false;
            }

            await probe;
            return true;
        }
        catch (UpstreamException)
        {
            return false;
        }
    }

    public bool IsCircuitOpen(UpstreamName upstream) =>
        pipelines.For(upstream).BreakerState is CircuitState.Open or CircuitState.Isolated;
}
