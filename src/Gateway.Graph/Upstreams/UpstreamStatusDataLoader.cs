using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Upstreams;

/// <summary>Probes each registered upstream with its cheapest read (its adapter's probe), side by side, once per request.</summary>
public sealed class UpstreamStatusDataLoader(SourceCatalog sources) : SnapshotDataLoader<IReadOnlyList<UpstreamStatus>>
{
    protected override async Task<IReadOnlyList<UpstreamStatus>> FetchAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(sources.All.Select(source => Probe(source, cancellationToken)));

    private static async Task<UpstreamStatus> Probe(ISource source, CancellationToken cancellationToken)
    {
        try
        {
            var probe = await source.ProbeAsync(cancellationToken);
            return new UpstreamStatus(source.Upstream, true, null, null, probe.SeatsAvailable);
        }
        catch (UpstreamException failure)
        {
            var error = new UpstreamFieldError(failure);
            return new UpstreamStatus(source.Upstream, false, error.Code, error.Message);
        }
    }
}
