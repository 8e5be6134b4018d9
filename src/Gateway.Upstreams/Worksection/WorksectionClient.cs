using System.Text.Json.Serialization.Metadata;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Http;
using Gateway.Upstreams.Common.Snapshots;
using Gateway.Upstreams.Worksection.Wire;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Worksection;

/// <summary>
/// Typed client of the Worksection admin API v2. Every action is a signed GET, writes included, so each
/// method declares itself read or write and only reads are retried. List reads are served from
/// <see cref="UpstreamSnapshots"/> (keyed by action, never by the signed query); every write moves the snapshots on.
/// </summary>
public sealed class WorksectionClient(HttpClient http, IOptions<WorksectionOptions> options, DecodedReadMemo memo, UpstreamSnapshots snapshots)
{
    private static WorksectionJsonContext Json => WorksectionJsonContext.Default;

    /// <summary>The <c>page</c> parameter of subscribe/unsubscribe for a task.</summary>
    public static string TaskPage(string projectId, string taskId) => $"/project/{projectId}/{taskId}/";

    public Task<IReadOnlyList<WorksectionUser>> GetUsersAsync(CancellationToken ct) =>
        ReadListAsync("get_users", Json.WsEnvelopeListWsUserDto, WorksectionMapping.ToUser, ct);

    public Task<WorksectionUser> AddUserAsync(WorksectionNewUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return WriteAsync("add_user",
        [
            new("email", user.Email), new("first_name", user.FirstName), new("last_name", user.LastName),
            new("title", user.Title), new("group", user.Group), new("department", user.Department), new("role", user.Role),
        ], Json.WsEnvelopeWsUserDto, WorksectionMapping.ToUser, ct);
    }

    public Task SubscribeAsync(string taskPage, string userEmail, CancellationToken ct) =>
        WriteAsync("subscribe", [new("page", taskPage), new("email_user", userEmail)], ct);

    public Task UnsubscribeAsync(string taskPage, string userEmail, CancellationToken ct) =>
        WriteAsync("unsubscribe", [new("page", taskPage), new("email_user", userEmail)], ct);

    public Task<WorksectionContact> AddContactAsync(WorksectionNewContact contact, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return WriteAsync("add_contact",
        [
            new("email", contact.Email), new("name", contact.Name), new("title", contact.Title), new("group", contact.Group),
            new("phone", contact.Phone), new("phone2", contact.Phone2), new("phone3", contact.Phone3), new("phone4", contact.Phone4),
            new("address", contact.Address), new("address2", contact.Address2),
        ], Json.WsEnvelopeWsContactDto, WorksectionMapping.ToContact, ct);
    }

    public Task<IReadOnlyList<WorksectionContact>> GetContactsAsync(CancellationToken ct) =>
        ReadListAsync("get_contacts", Json.WsEnvelopeListWsContactDto, WorksectionMapping.ToContact, ct);

    public Task<IReadOnlyList<WorksectionUserGroup>> GetUserGroupsAsync(CancellationToken ct) =>
        ReadListAsync("get_user_groups", Json.WsEnvelopeListWsUserGroupDto, WorksectionMapping.ToUserGroup, ct);

    public Task<WorksectionUserGroup> AddUserGroupAsync(string title, bool isClientTeam, CancellationToken ct) =>
        WriteAsync("add_user_group", [new("title", title), new("client", isClientTeam ? "1" : "0")],
            Json.WsEnvelopeWsUserGroupDto, WorksectionMapping.ToUserGroup, ct);

    public Task<IReadOnlyList<WorksectionContactGroup>> GetContactGroupsAsync(CancellationToken ct) =>
        ReadListAsync("get_contact_groups", Json.WsEnvelopeListWsContactGroupDto, WorksectionMapping.ToContactGroup, ct);

    public Task<WorksectionContactGroup> AddContactGroupAsync(string title, CancellationToken ct) =>
        WriteAsync("add_contact_group", [new("title", title)], Json.WsEnvelopeWsContactGroupDto, WorksectionMapping.ToContactGroup, ct);

    /// <summary>The cheapest read (<c>get_contact_groups</c>), always from the upstream: for health and <c>upstreams</c>, never a snapshot.</summary>
    public Task ProbeAsync(CancellationToken ct) =>
        ReadFromUpstreamAsync("get_contact_groups", Json.WsEnvelopeListWsContactGroupDto, WorksectionMapping.ToContactGroup, ct);

    private Task<IReadOnlyList<TRecord>> ReadListAsync<TDto, TRecord>(
        string action, JsonTypeInfo<WsEnvelope<List<TDto>>> typeInfo, Func<TDto, TRecord> map, CancellationToken ct) =>
        snapshots.ReadAsync(UpstreamName.Worksection, action, token => ReadFromUpstreamAsync(action, typeInfo, map, token), ct);

    private async Task<IReadOnlyList<TRecord>> ReadFromUpstreamAsync<TDto, TRecord>(
        string action, JsonTypeInfo<WsEnvelope<List<TDto>>> typeInfo, Func<TDto, TRecord> map, CancellationToken ct)
    {
        var call = UpstreamCall.Read(UpstreamName.Worksection, action);
        var requestUri = WorksectionRequestSigner.SignedQuery(action, [], options.Value.ApiKey);
        var response = await SendAsync(call, requestUri, ct, memo.PreviousBody(call, requestUri));
        return await memo.DecodeAsync(call, requestUri, response.Body, _ =>
            // A null inside the list is as much a contract violation as a missing "data".
            (IReadOnlyList<TRecord>)Open(call, response, typeInfo)
                .Select(item => item is null ? throw UpstreamErrors.BadResponse(call) : map(item)).ToList());
    }

    private async Task<TRecord> WriteAsync<TDto, TRecord>(
        string action, KeyValuePair<string, string?>[] parameters, JsonTypeInfo<WsEnvelope<TDto>> typeInfo,
        Func<TDto, TRecord> map, CancellationToken ct)
        where TDto : class
    {
        var call = UpstreamCall.Write(UpstreamName.Worksection, action);
        try
        {
            var response = await SendAsync(call, WorksectionRequestSigner.SignedQuery(action, parameters, options.Value.ApiKey), ct);
            return map(Open(call, response, typeInfo));
        }
        finally
        {
            // Even after an error: the write may have landed.
            await snapshots.WrittenAsync(UpstreamName.Worksection);
        }
    }

    // subscribe/unsubscribe answer {"status":"ok"} and nothing else.
    private async Task WriteAsync(string action, KeyValuePair<string, string?>[] parameters, CancellationToken ct)
    {
        var call = UpstreamCall.Write(UpstreamName.Worksection, action);
        try
        {
            var response = await SendAsync(call, WorksectionRequestSigner.SignedQuery(action, parameters, options.Value.ApiKey), ct);
            EnsureOk(call, response, UpstreamJson.Parse(call, response.Body, Json.WsEnvelope));
        }
        finally
        {
            await snapshots.WrittenAsync(UpstreamName.Worksection);
        }
    }

    private async Task<UpstreamResponse> SendAsync(UpstreamCall call, string requestUri, CancellationToken ct, byte[]? previousBody = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, requestUri);
        var response = await UpstreamHttp.SendAsync(http, request, call, ct, previousBody);
        return response.IsSuccess
            ? response
            : throw UpstreamErrors.ForStatus(call, response, UpstreamJson.TryParse(response.Body, Json.WsEnvelope)?.Message);
    }

    // One parse, straight into the DTOs. An error envelope whose "data" does not fit the type still reports its message.
    private static T Open<T>(UpstreamCall call, UpstreamResponse response, JsonTypeInfo<WsEnvelope<T>> typeInfo)
        where T : class
    {
        WsEnvelope<T> envelope;
        try
        {
            envelope = UpstreamJson.Parse(call, response.Body, typeInfo);
        }
        catch (UpstreamException) when (UpstreamJson.TryParse(response.Body, Json.WsEnvelope) is { Status: "error" } error)
        {
            EnsureOk(call, response, error);
            throw;
        }

        EnsureOk(call, response, envelope);
        return envelope.Data ?? throw UpstreamErrors.BadResponse(call);
    }

    private static void EnsureOk(UpstreamCall call, UpstreamResponse response, WsEnvelope envelope)
    {
        switch (envelope.Status)
        {
            case "ok": return;
            case "error" when IsCredentialError(envelope.Message): throw UpstreamErrors.Unauthorized(call);
            case "error": throw UpstreamErrors.Rejected(call, envelope.Message, response.Status);
            default: throw UpstreamErrors.BadResponse(call);
        }
    }

    // Worksection reports a bad hash or key as {"status":"error"} with HTTP 200, like any rejected input.
    private static bool IsCredentialError(string? message) =>
        message is not null
        && (message.Contains("hash", StringComparison.OrdinalIgnoreCase)
            || message.Contains("key", StringComparison.OrdinalIgnoreCase)
            || message.Contains("access", StringComparison.OrdinalIgnoreCase));
}
