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
            Probe(UpstreamName.Worksection, () => worksection.GetContactGroupsAsync(cancellationToken)),
            Probe(UpstreamName.ZohoProjects, () => zoho.GetAvailableUserCountAsync(cancellationToken)),
            Probe(UpstreamName.PeopleV3, () => peopleV3.GetLanguagesAsync(cancellationToken)));

    private static async Task<UpstreamStatus> Probe(UpstreamName upstream, Func<Task> read)
    {
        try
        {
            await read();
            return new UpstreamStatus(upstream, true, null, null);
        }
        catch (UpstreamException failure)
        {
            var error = new UpstreamFieldError(failure);
            return new UpstreamStatus(upstream, false, error.Code, error.Message);
        }
    }
}
