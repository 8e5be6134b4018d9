using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Bench.Hosting;
using Gateway.Emulators.Worksection;

namespace Gateway.Bench.Baseline;

/// <summary>
/// What a careful frontend backend would write without the gateway: one plain HttpClient per upstream, one call per
/// resource, each answer parsed once with <see cref="JsonDocument"/>. Worksection calls are signed with the contract's
/// hash (lowercase hex MD5 of the query string followed by the API key). Zoho lists are read page by page as the real
/// API requires; like the gateway, it remembers each list's size and then asks for all its pages at once.
/// </summary>
public sealed class DirectClient : IDisposable
{
    private readonly HttpClient _worksection;
    private readonly HttpClient _zoho;
    private readonly HttpClient _peopleV3;
    private readonly string _getUsers = Signed("action=get_users");
    private readonly string _getUserGroups = Signed("action=get_user_groups");
    private readonly ConcurrentDictionary<string, int> _zohoListSizes = new(StringComparer.Ordinal);

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

    public Task<ZohoPages> ZohoUsersAsync(CancellationToken ct) => ZohoListAsync($"portal/{BenchStack.ZohoPortalId}/users/?usertype=All&", "users", ct);

    public Task<ZohoPages> ZohoProjectsAsync(CancellationToken ct) => ZohoListAsync($"portal/{BenchStack.ZohoPortalId}/projects/?", "projects", ct);

    public Task<ZohoPages> ZohoProjectUsersAsync(string projectId, CancellationToken ct) =>
        ZohoListAsync($"portal/{BenchStack.ZohoPortalId}/projects/{projectId}/users/?usertype=All&", "users", ct);

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
        var list = projects.Items.ToList();
        var users = await Task.WhenAll(list.Select(p => ZohoProjectUsersAsync(p.GetProperty("id_string").GetString()!, ct)));
        return new ZohoProjectsWithUsers(projects, list, users);
    }

    public void Dispose()
    {
        _worksection.Dispose();
        _zoho.Dispose();
        _peopleV3.Dispose();
    }

    // Every page of a Zoho list: the pages the last read's size needs (and the next, to see the end) at once, then on
    // page by page while pages come back full.
    private async Task<ZohoPages> ZohoListAsync(string listPath, string property, CancellationToken ct)
    {
        var pages = new List<JsonDocument>();
        try
        {
            var expected = _zohoListSizes.TryGetValue(listPath, out var size) ? size / ZohoPages.PageSize + 1 : 1;
            pages.AddRange(await Task.WhenAll(Enumerable.Range(0, expected).Select(page => GetAsync(_zoho, Page(page), ct))));
            while (pages.All(p => p.RootElement.GetProperty(property).GetArrayLength() == ZohoPages.PageSize))
            {
                pages.Add(await GetAsync(_zoho, Page(pages.Count), ct));
            }
        }
        catch
        {
            foreach (var page in pages) page.Dispose();
            throw;
        }

        var list = new ZohoPages(pages, property);
        _zohoListSizes[listPath] = list.Count;
        return list;

        string Page(int page) => $"{listPath}index={page * ZohoPages.PageSize + 1}&range={ZohoPages.PageSize}";
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
