using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Http;
using Gateway.Upstreams.Common.Snapshots;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.ZohoProjects;

/// <summary>
/// Typed client of the Zoho Projects users API. Reads are GETs and are retried; every POST is a write and is not.
/// Operations are named by route template (<c>GET /portal/{portalId}/users/</c>) so ids never reach logs or errors.
/// Every list read follows Zoho's paging (<c>index</c>, 1-based, and <c>range</c>) to the end: each page is one call.
/// A whole list (all its pages) is one snapshot in <see cref="UpstreamSnapshots"/>; every write moves the snapshots on.
/// </summary>
public sealed class ZohoProjectsClient(
    HttpClient http, IOptions<ZohoProjectsOptions> options, DecodedReadMemo memo, ZohoPagedLists lists, UpstreamSnapshots snapshots)
{
    /// <summary>Records per page: the most Zoho sends at once.</summary>
    public const int PageSize = 200;

    /// <summary>Pages read of one list before the answer counts as broken (an upstream that never sends a short page).</summary>
    public const int MaxPages = 100;

    private const string ProjectsOp = "GET /portal/{portalId}/projects/";
    private const string ProjectUsersOp = "GET /portal/{portalId}/projects/{projectId}/users/";
    private const string AddProjectUsersOp = "POST /portal/{portalId}/projects/{projectId}/users/";
    private const string UpdateProjectUserOp = "POST /portal/{portalId}/projects/{projectId}/users/{userId}/";
    private const string AvailCountOp = "GET /portal/{portalId}/users/availcount/";
    private const string PortalUsersOp = "GET /portal/{portalId}/users/";
    private const string ActivateOp = "POST /portal/{portalId}/users/activate/";

    private static ZohoProjectsJsonContext Json => ZohoProjectsJsonContext.Default;

    private string Portal => "portal/" + Uri.EscapeDataString(options.Value.PortalId);

    public Task<IReadOnlyList<ZohoProject>> GetProjectsAsync(CancellationToken ct)
    {
        var call = Read(ProjectsOp);
        return ReadAllPagesAsync(call, $"{Portal}/projects/?", Json.ZohoProjectsResponse, body => (IReadOnlyList<ZohoProject>)body.Projects
            .Select(p => (p is null ? null : ZohoMapping.ToProject(p)) ?? throw UpstreamErrors.BadResponse(call)).ToList(), ct);
    }

    public Task<IReadOnlyList<ZohoProjectUser>> GetProjectUsersAsync(string projectId, ZohoUserType userType, CancellationToken ct)
    {
        var call = Read(ProjectUsersOp);
        return ReadAllPagesAsync(call, $"{ProjectPath(projectId)}/users/?usertype={userType}&", Json.ZohoUsersResponse,
            body => (IReadOnlyList<ZohoProjectUser>)ProjectUsers(call, body.Users), ct);
    }

    public async Task<IReadOnlyList<ZohoProjectUser>> AddProjectUsersAsync(
        string projectId, IReadOnlyList<string> emails, string role, decimal? rate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var call = Write(AddProjectUsersOp);
        var form = new List<KeyValuePair<string, string>> { new("email", string.Join(',', emails)), new("role", role) };
        if (rate is { } r)
        {
            form.Add(new("rate", r.ToString(CultureInfo.InvariantCulture)));
        }

        var body = await WriteAsync(call, $"{ProjectPath(projectId)}/users/", form, Json.ZohoUsersResponse, ct);
        return ProjectUsers(call, body.Users);
    }

    public async Task<ZohoProjectUser> UpdateProjectUserAsync(string projectId, string userId, string role, CancellationToken ct)
    {
        var call = Write(UpdateProjectUserOp);
        var body = await WriteAsync(call, $"{ProjectPath(projectId)}/users/{Uri.EscapeDataString(userId)}/",
            [new("role", role)], Json.ZohoUsersResponse, ct);
        return ProjectUsers(call, body.Users) is [var user, ..] ? user : throw UpstreamErrors.BadResponse(call);
    }

    public async Task<int> GetAvailableUserCountAsync(CancellationToken ct) =>
        (await SendAsync(Read(AvailCountOp), HttpMethod.Get, $"{Portal}/users/availcount/", null, Json.ZohoAvailableCountResponse, ct))
        .AvailableUserCount;

    public Task<IReadOnlyList<ZohoPortalUser>> GetPortalUsersAsync(ZohoUserType userType, CancellationToken ct)
    {
        var call = Read(PortalUsersOp);
        return ReadAllPagesAsync(call, $"{Portal}/users/?usertype={userType}&", Json.ZohoUsersResponse, body => (IReadOnlyList<ZohoPortalUser>)body.Users
            .Select(u => u is null ? throw UpstreamErrors.BadResponse(call) : ZohoMapping.ToPortalUser(u, userType)).ToList(), ct);
    }

    public Task ActivateUserAsync(string userId, CancellationToken ct) =>
        WriteAsync(Write(ActivateOp), $"{Portal}/users/activate/", [new("activate", userId)], Json.ZohoMessageResponse, ct);

    // Zoho documents deactivation as the same route with a "deactivate" field.
    public Task DeactivateUserAsync(string userId, CancellationToken ct) =>
        WriteAsync(Write(ActivateOp), $"{Portal}/users/activate/", [new("deactivate", userId)], Json.ZohoMessageResponse, ct);

    private static UpstreamCall Read(string operation) => UpstreamCall.Read(UpstreamName.ZohoProjects, operation);

    private static UpstreamCall Write(string operation) => UpstreamCall.Write(UpstreamName.ZohoProjects, operation);

    private string ProjectPath(string projectId) => $"{Portal}/projects/{Uri.EscapeDataString(projectId)}";

    private static List<ZohoProjectUser> ProjectUsers(UpstreamCall call, List<Wire.ZohoUserDto> users) =>
        users.Select(u => u is null ? throw UpstreamErrors.BadResponse(call) : ZohoMapping.ToProjectUser(u)).ToList();

    // A whole list, page by page until a short page. When the last read told the size, every page it needs (and the one
    // after, to see the end) is asked for at once: a 2,000-user portal costs one round trip of 11 calls, not 10 in a
    // row. A list that grew since is followed on page by page; pages after the first short one are dropped.
    private Task<IReadOnlyList<T>> ReadAllPagesAsync<TWire, T>(
        UpstreamCall call, string listPath, JsonTypeInfo<TWire> typeInfo, Func<TWire, IReadOnlyList<T>> map, CancellationToken ct) =>
        snapshots.ReadAsync(UpstreamName.ZohoProjects, listPath, token => ReadAllPagesFromUpstreamAsync(call, listPath, typeInfo, map, token), ct);

    private async Task<IReadOnlyList<T>> ReadAllPagesFromUpstreamAsync<TWire, T>(
        UpstreamCall call, string listPath, JsonTypeInfo<TWire> typeInfo, Func<TWire, IReadOnlyList<T>> map, CancellationToken ct)
    {
        var pages = new List<IReadOnlyList<T>>();
        var expected = lists.LastCount(listPath) is { } count ? Math.Min(count / PageSize + 1, MaxPages) : 1;
        foreach (var page in await Task.WhenAll(Enumerable.Range(0, expected).Select(i => ReadPageAsync(i))))
        {
            pages.Add(page);
            if (page.Count != PageSize)
            {
                return lists.Join(listPath, pages);
            }
        }

        while (true)
        {
            if (pages.Count >= MaxPages)
            {
                throw UpstreamErrors.Create(call, UpstreamErrorKind.BadResponse,
                    $"Zoho Projects sent {MaxPages} full pages for {call.Operation} without reaching the end; the list is treated as broken.");
            }

            var page = await ReadPageAsync(pages.Count);
            pages.Add(page);
            // More than a page means the upstream ignores paging and sent everything.
            if (page.Count != PageSize)
            {
                return lists.Join(listPath, pages);
            }
        }

        Task<IReadOnlyList<T>> ReadPageAsync(int page) =>
            ReadAsync(call, $"{listPath}index={page * PageSize + 1}&range={PageSize}", typeInfo, map, ct);
    }

    // A page read: decoded only when the body differs from the last one this path answered.
    private async Task<TResult> ReadAsync<TWire, TResult>(
        UpstreamCall call, string path, JsonTypeInfo<TWire> typeInfo, Func<TWire, TResult> map, CancellationToken ct)
        where TResult : class
    {
        var response = await SendAsync(call, HttpMethod.Get, path, null, ct, memo.PreviousBody(call, path));
        return await memo.DecodeAsync(call, path, response.Body, body => map(UpstreamJson.Parse(call, body, typeInfo)));
    }

    // A POST, then the snapshots it may have changed: evicted even after an error (the write may have landed).
    private async Task<T> WriteAsync<T>(
        UpstreamCall call, string path, IEnumerable<KeyValuePair<string, string>> form, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        try
        {
            return await SendAsync(call, HttpMethod.Post, path, form, typeInfo, ct);
        }
        finally
        {
            await snapshots.WrittenAsync(UpstreamName.ZohoProjects);
        }
    }

    private async Task<T> SendAsync<T>(
        UpstreamCall call, HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form, JsonTypeInfo<T> typeInfo, CancellationToken ct) =>
        // The contract's last sample is malformed JSON ("{ {"users":…} }"): Parse turns that into BadResponse.
        UpstreamJson.Parse(call, (await SendAsync(call, method, path, form, ct)).Body, typeInfo);

    private async Task<UpstreamResponse> SendAsync(
        UpstreamCall call, HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form, CancellationToken ct,
        byte[]? previousBody = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        var response = await UpstreamHttp.SendAsync(http, request, call, ct, previousBody);
        if (!response.IsSuccess)
        {
            throw UpstreamErrors.ForStatus(call, response, UpstreamJson.TryParse(response.Body, Json.ZohoErrorBody)?.Error?.Message);
        }

        return response;
    }
}
