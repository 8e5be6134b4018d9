using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Sources.ZohoProjects;

/// <summary>
/// Zoho project users by project id (<c>usertype=All</c>, so inactive members show too). Zoho has no call for several
/// projects at once, so a batch is one call per distinct project, all in flight together. A failure costs only
/// that project's members: it is kept per key rather than failing the batch.
/// </summary>
public sealed class ZohoProjectMembersDataLoader(ZohoProjectsClient zoho)
    : BatchDataLoader<string, ZohoProjectMembersDataLoader.Outcome>(async (projectIds, ct) =>
    {
        var outcomes = await Task.WhenAll(projectIds.Select(async id =>
        {
            try
            {
                return (id, new Outcome(await zoho.GetProjectUsersAsync(id, ZohoUserType.All, ct), null));
            }
            catch (UpstreamException failure)
            {
                return (id, new Outcome([], failure));
            }
        }));
        return outcomes.ToDictionary(o => o.id, o => o.Item2);
    })
{
    public sealed record Outcome(IReadOnlyList<ZohoProjectUser> Users, UpstreamException? Failure);
}
