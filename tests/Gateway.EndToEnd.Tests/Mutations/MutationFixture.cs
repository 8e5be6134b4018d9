using System.Text.Json;
using Gateway.Graph.Sources;
using Gateway.Testing;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.Mutations;

/// <summary>
/// The gateway over emulators, plus what mutation tests need: the typed errors of a payload, and the raw upstream
/// records of an email read with the gateway's own clients (the merged graph would hide a duplicate).
/// </summary>
public class MutationFixture : GatewayFixture
{
    public const string ErrorSelection = "errors { __typename ... on Error { message } ... on UpstreamError { code upstream operation } }";

    /// <summary>The <c>__typename</c>s of a payload's errors.</summary>
    public static IReadOnlyList<string> ErrorTypes(GraphQLResponse response, string mutation) =>
        response.At(mutation).GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors
            ? errors.EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!).ToList()
            : [];

    public async Task<int> TotalCallsAsync() => (await Control.GetStatsAsync()).Total;

    public async Task<int> CallsAsync(string upstream, string operation) => (await Control.GetStatsAsync()).Count(upstream, operation);

    /// <summary>How many records each upstream holds for this email (compared trimmed, case-insensitively).</summary>
    public async Task<(int Worksection, int Zoho, int PeopleV3)> RecordsAsync(string email)
    {
        using var scope = Factory.Services.CreateScope();
        var key = EmailKey.Normalize(email);
        var ws = await scope.ServiceProvider.GetRequiredService<WorksectionClient>().GetUsersAsync(default);
        var zoho = await scope.ServiceProvider.GetRequiredService<ZohoProjectsClient>().GetPortalUsersAsync(ZohoUserType.All, default);
        var v3 = await scope.ServiceProvider.GetRequiredService<PeopleV3Client>().GetPeopleAsync(default);
        return (ws.Count(u => EmailKey.Normalize(u.Email) == key), zoho.Count(u => EmailKey.Normalize(u.Email) == key),
            v3.Count(p => EmailKey.Normalize(p.Email) == key));
    }

    /// <summary>The Zoho id and global id of the first seeded Zoho project.</summary>
    public async Task<(string ExternalId, string Id)> FirstZohoProjectAsync()
    {
        var response = (await QueryAsync("{ projects(first: 1) { nodes { id externalId source } } }")).EnsureNoErrors();
        var project = response.At("projects.nodes.0");
        return (project.GetProperty("externalId").GetString()!, project.GetProperty("id").GetString()!);
    }
}
