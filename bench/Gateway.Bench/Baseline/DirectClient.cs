using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Bench.Hosting;
using Gateway.Emulators.Worksection;

namespace Gateway.Bench.Baseline;

/// <summary>
/// What a careful frontend backend would write without the gateway: one plain HttpClient per upstream, one call per
/// resource, each answer parsed once with <see cref="JsonDocument"/>. Worksection calls are signed with the contract's
/// hash (lowercase hex MD5 of the query string followed by the API key).
/// </summary>
public sealed class DirectClient : IDisposable
{
    private readonly HttpClient _worksection;
    private readonly HttpClient _zoho;
    private readonly HttpClient _peopleV3;
    private readonly string _getUsers = Signed("action=get_users");
    private readonly string _getUserGroups = Signed("action=get_user_groups");

    public DirectClient(BenchStack stack)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        _worksection = new HttpClient(handler, disposeHandler: false) { BaseAddress = stack.WorksectionBaseUrl };
        _zoho = new HttpClient(handler, disposeHandler: false) { BaseAddress = stack.ZohoBaseUrl };
        _zoho.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", BenchStack.ZohoAccessToken);
        _peopleV3 = new HttpClient(handler, disposeHandler: true) { BaseAddress = stack.PeopleV3BaseUrl };
        _peopleV3.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BenchStack.PeopleV3AccessToken);
    }

    public Task<JsonDocument> WorksectionUsersAsync(CancellationToken ct) => GetAsync(_worksection, _getUsers, ct);

    public Task<JsonDocument> WorksectionGroupsAsync(CancellationToken ct) => GetAsync(_worksection, _getUserGroups, ct);

    public Task<JsonDocument> ZohoUsersAsync(CancellationToken ct) => GetAsync(_zoho, $"portal/{BenchStack.ZohoPortalId}/users/?usertype=All", ct);

    public Task<JsonDocument> ZohoProjectsAsync(CancellationToken ct) => GetAsync(_zoho, $"portal/{BenchStack.ZohoPortalId}/projects/", ct);

    public Task<JsonDocument> ZohoProjectUsersAsync(string projectId, CancellationToken ct) =>
        GetAsync(_zoho, $"portal/{BenchStack.ZohoPortalId}/projects/{projectId}/users/?usertype=All", ct);

    public Task<JsonDocument> PeopleV3PeopleAsync(CancellationToken ct) => GetAsync(_peopleV3, "people", ct);

    public Task<JsonDocument> PeopleV3GroupsAsync(CancellationToken ct) => GetAsync(_peopleV3, "groups", ct);

    public Task<JsonDocument> PeopleV3RolesAsync(CancellationToken ct) => GetAsync(_peopleV3, "roles", ct);

    /// <summary>Replaces a People v3 person (PUT sends the whole record, as the contract describes).</summary>
    public async Task<JsonDocument> PutPeopleV3PersonAsync(long id, System.Text.Json.Nodes.JsonObject body, CancellationToken ct)
    {
        using var response = await _peopleV3.PutAsync($"people/{id}", System.Net.Http.Json.JsonContent.Create(body), ct);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        return await JsonDocument.ParseAsync(stream, cancellationToken: ct);
    }

    /// <summary>Every Zoho project with its users: the project list, then all project user lists at once.</summary>
    public async Task<ZohoProjectsWithUsers> ZohoProjectsWithUsersAsync(CancellationToken ct)
    {
        var projects = await ZohoProjectsAsync(ct);
        var list = projects.RootElement.GetProperty("projects").EnumerateArray().ToList();
        var users = await Task.WhenAll(list.Select(p => ZohoProjectUsersAsync(p.GetProperty("id_string").GetString()!, ct)));
        return new ZohoProjectsWithUsers(projects, list, users);
    }

    public void Dispose()
    {
        _worksection.Dispose();
        _zoho.Dispose();
        _peopleV3.Dispose();
    }

    private static string Signed(string query) => "?" + query + "&hash=" + WorksectionHash.Compute(query, BenchStack.WorksectionApiKey);

    private static async Task<JsonDocument> GetAsync(HttpClient http, string uri, CancellationToken ct)
    {
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await JsonDocument.ParseAsync(body, cancellationToken: ct);
    }
}
