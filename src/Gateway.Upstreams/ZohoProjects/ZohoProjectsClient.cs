using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Http;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.ZohoProjects;

/// <summary>
/// Typed client of the Zoho Projects users API. Reads are GETs and are retried; every POST is a write and is not.
/// Operations are named by route template (<c>GET /portal/{portalId}/users/</c>) so ids never reach logs or errors.
/// </summary>
public sealed class ZohoProjectsClient(HttpClient http, IOptions<ZohoProjectsOptions> options, DecodedReadMemo memo)
{
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
        return ReadAsync(call, $"{Portal}/projects/", Json.ZohoProjectsResponse, body => (IReadOnlyList<ZohoProject>)body.Projects
            .Select(p => (p is null ? null : ZohoMapping.ToProject(p)) ?? throw UpstreamErrors.BadResponse(call)).ToList(), ct);
    }

    public Task<IReadOnlyList<ZohoProjectUser>> GetProjectUsersAsync(string projectId, ZohoUserType userType, CancellationToken ct)
    {
        var call = Read(ProjectUsersOp);
        return ReadAsync(call, $"{ProjectPath(projectId)}/users/?usertype={userType}", Json.ZohoUsersResponse,
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

        var body = await SendAsync(call, HttpMethod.Post, $"{ProjectPath(projectId)}/users/", form, Json.ZohoUsersResponse, ct);
        return ProjectUsers(call, body.Users);
    }

    public async Task<ZohoProjectUser> UpdateProjectUserAsync(string projectId, string userId, string role, CancellationToken ct)
    {
        var call = Write(UpdateProjectUserOp);
        var body = await SendAsync(call, HttpMethod.Post, $"{ProjectPath(projectId)}/users/{Uri.EscapeDataString(userId)}/",
            [new("role", role)], Json.ZohoUsersResponse, ct);
        return ProjectUsers(call, body.Users) is [var user, ..] ? user : throw UpstreamErrors.BadResponse(call);
    }

    public async Task<int> GetAvailableUserCountAsync(CancellationToken ct) =>
        (await SendAsync(Read(AvailCountOp), HttpMethod.Get, $"{Portal}/users/availcount/", null, Json.ZohoAvailableCountResponse, ct))
        .AvailableUserCount;

    public Task<IReadOnlyList<ZohoPortalUser>> GetPortalUsersAsync(ZohoUserType userType, CancellationToken ct)
    {
        var call = Read(PortalUsersOp);
        return ReadAsync(call, $"{Portal}/users/?usertype={userType}", Json.ZohoUsersResponse, body => (IReadOnlyList<ZohoPortalUser>)body.Users
            .Select(u => u is null ? throw UpstreamErrors.BadResponse(call) : ZohoMapping.ToPortalUser(u, userType)).ToList(), ct);
    }

    public Task ActivateUserAsync(string userId, CancellationToken ct) =>
        SendAsync(Write(ActivateOp), HttpMethod.Post, $"{Portal}/users/activate/", [new("activate", userId)], Json.ZohoMessageResponse, ct);

    // Zoho documents deactivation as the same route with a "deactivate" field.
    public Task DeactivateUserAsync(string userId, CancellationToken ct) =>
        SendAsync(Write(ActivateOp), HttpMethod.Post, $"{Portal}/users/activate/", [new("deactivate", userId)], Json.ZohoMessageResponse, ct);

    private static UpstreamCall Read(string operation) => UpstreamCall.Read(UpstreamName.ZohoProjects, operation);

    private static UpstreamCall Write(string operation) => UpstreamCall.Write(UpstreamName.ZohoProjects, operation);

    private string ProjectPath(string projectId) => $"{Portal}/projects/{Uri.EscapeDataString(projectId)}";

    private static List<ZohoProjectUser> ProjectUsers(UpstreamCall call, List<Wire.ZohoUserDto> users) =>
        users.Select(u => u is null ? throw UpstreamErrors.BadResponse(call) : ZohoMapping.ToProjectUser(u)).ToList();

    // A list read: decoded only when the body differs from the last one this path answered.
    private async Task<TResult> ReadAsync<TWire, TResult>(
        UpstreamCall call, string path, JsonTypeInfo<TWire> typeInfo, Func<TWire, TResult> map, CancellationToken ct)
        where TResult : class
    {
        var response = await SendAsync(call, HttpMethod.Get, path, null, ct, memo.PreviousBody(call, path));
        return await memo.DecodeAsync(call, path, response.Body, body => map(UpstreamJson.Parse(call, body, typeInfo)));
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
