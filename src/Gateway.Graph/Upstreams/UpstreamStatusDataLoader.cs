using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Snapshots;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Upstreams;

/// <summary>
/// Probes each upstream with its cheapest read (Worksection <c>get_contact_groups</c>, Zoho <c>availcount</c>,
/// v3 <c>languages</c>), side by side, once per request, always from the upstream (never a snapshot), and adds what
/// this instance last served of it.
/// </summary>
public sealed class UpstreamStatusDataLoader(
    WorksectionClient worksection, ZohoProjectsClient zoho, PeopleV3Client peopleV3, SnapshotStatus snapshots)
    : SnapshotDataLoader<IReadOnlyList<UpstreamStatus>>
{
    protected override async Task<IReadOnlyList<UpstreamStatus>> FetchAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(
            Probe(UpstreamName.Worksection, async () => { await worksection.ProbeAsync(cancellationToken); return null; }),
            Probe(UpstreamName.ZohoProjects, async () => await zoho.GetAvailableUserCountAsync(cancellationToken)),
            Probe(UpstreamName.PeopleV3, async () => { await peopleV3.ProbeAsync(cancellationToken); return null; }));

    // read answers the seats available where the probe tells them (Zoho), else null.
    private async Task<UpstreamStatus> Probe(UpstreamName upstream, Func<Task<int?>> read)
    {
        try
        {
            var seats = await read();
            return new UpstreamStatus(upstream, true, null, null, snapshots.Of(upstream), seats);
        }
        catch (UpstreamException failure)
        {
            var error = new UpstreamFieldError(failure);
            return new UpstreamStatus(upstream, false, error.Code, error.Message, snapshots.Of(upstream));
        }
    }
}
