using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Upstreams;

/// <summary>
/// Probes each upstream with its cheapest read (Worksection <c>get_contact_groups</c>, Zoho <c>availcount</c>,
/// v3 <c>languages</c>), side by side, once per request.
/// </summary>
public sealed class UpstreamStatusDataLoader(WorksectionClient worksection, ZohoProjectsClient zoho, PeopleV3Client peopleV3)
    : SnapshotDataLoader<IReadOnlyList<UpstreamStatus>>
{
    protected override async Task<IReadOnlyList<UpstreamStatus>> FetchAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(
            Probe(UpstreamName.Worksection, async () => { await worksection.GetContactGroupsAsync(cancellationToken); return null; }),
            Probe(UpstreamName.ZohoProjects, async () => await zoho.GetAvailableUserCountAsync(cancellationToken)),
            Probe(UpstreamName.PeopleV3, async () => { await peopleV3.GetLanguagesAsync(cancellationToken); return null; }));

    // read answers the seats available where the probe tells them (Zoho), else null.
    private static async Task<UpstreamStatus> Probe(UpstreamName upstream, Func<Task<int?>> read)
    {
        try
        {
            return new UpstreamStatus(upstream, true, null, null, await read());
        }
        catch (UpstreamException failure)
        {
            var error = new UpstreamFieldError(failure);
            return new UpstreamStatus(upstream, false, error.Code, error.Message);
        }
    }
}
