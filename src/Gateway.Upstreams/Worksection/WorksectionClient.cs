using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Http;
using Gateway.Upstreams.Worksection.Wire;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Worksection;

/// <summary>
/// Typed client of the Worksection admin API v2. Every action is a signed GET, writes included, so each
/// method declares itself read or write and only reads are retried.
/// </summary>
public sealed class WorksectionClient(HttpClient http, IOptions<WorksectionOptions> options)
{
    private static WorksectionJsonContext Json => WorksectionJsonContext.Default;

    /// <summary>The <c>page</c> parameter of subscribe/unsubscribe for a task.</summary>
    public static string TaskPage(string projectId, string taskId) => $"/project/{projectId}/{taskId}/";

    public async Task<IReadOnlyList<WorksectionUser>> GetUsersAsync(CancellationToken ct) =>
        (await ReadAsync("get_users", [], Json.ListWsUserDto, ct)).Select(u => WorksectionMapping.ToUser(u)).ToList();

    public async Task<WorksectionUser> AddUserAsync(WorksectionNewUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var added = await WriteAsync("add_user",
        [
            new("email", user.Email), new("first_name", user.FirstName), new("last_name", user.LastName),
            new("title", user.Title), new("group", user.Group), new("department", user.Department), new("role", user.Role),
        ], Json.WsUserDto, ct);
        return WorksectionMapping.ToUser(added);
    }

    public Task SubscribeAsync(string taskPage, string userEmail, CancellationToken ct) =>
        SendAsync(UpstreamCall.Write(UpstreamName.Worksection, "subscribe"),
            [new("page", taskPage), new("email_user", userEmail)], ct);

    public Task UnsubscribeAsync(string taskPage, string userEmail, CancellationToken ct) =>
        SendAsync(UpstreamCall.Write(UpstreamName.Worksection, "unsubscribe"),
            [new("page", taskPage), new("email_user", userEmail)], ct);

    public async Task<WorksectionContact> AddContactAsync(WorksectionNewContact contact, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var added = await WriteAsync("add_contact",
        [
            new("email", contact.Email), new("name", contact.Name), new("title", contact.Title), new("group", contact.Group),
            new("phone", contact.Phone), new("phone2", contact.Phone2), new("phone3", contact.Phone3), new("phone4", contact.Phone4),
            new("address", contact.Address), new("address2", contact.Address2),
        ], Json.WsContactDto, ct);
        return WorksectionMapping.ToContact(added);
    }

    public async Task<IReadOnlyList<WorksectionContact>> GetContactsAsync(CancellationToken ct) =>
        (await ReadAsync("get_contacts", [], Json.ListWsContactDto, ct)).Select(c => WorksectionMapping.ToContact(c)).ToList();

    public async Task<IReadOnlyList<WorksectionUserGroup>> GetUserGroupsAsync(CancellationToken ct) =>
        (await ReadAsync("get_user_groups", [], Json.ListWsUserGroupDto, ct)).Select(g => WorksectionMapping.ToUserGroup(g)).ToList();

    public async Task<WorksectionUserGroup> AddUserGroupAsync(string title, bool isClientTeam, CancellationToken ct) =>
        WorksectionMapping.ToUserGroup(await WriteAsync("add_user_group",
            [new("title", title), new("client", isClientTeam ? "1" : "0")], Json.WsUserGroupDto, ct));

    public async Task<IReadOnlyList<WorksectionContactGroup>> GetContactGroupsAsync(CancellationToken ct) =>
        (await ReadAsync("get_contact_groups", [], Json.ListWsContactGroupDto, ct)).Select(g => WorksectionMapping.ToContactGroup(g)).ToList();

    public async Task<WorksectionContactGroup> AddContactGroupAsync(string title, CancellationToken ct) =>
        WorksectionMapping.ToContactGroup(await WriteAsync("add_contact_group", [new("title", title)], Json.WsContactGroupDto, ct));

    private async Task<List<T>> ReadAsync<T>(
        string action, KeyValuePair<string, string?>[] parameters, JsonTypeInfo<List<T>> typeInfo, CancellationToken ct)
        where T : class
    {
        var call = UpstreamCall.Read(UpstreamName.Worksection, action);
        var items = UpstreamJson.Parse(call, await SendAsync(call, parameters, ct), typeInfo);
        // A null inside the list is as much a contract violation as a missing "data".
        return items.Contains(null!) ? throw UpstreamErrors.BadResponse(call) : items;
    }

    private async Task<T> WriteAsync<T>(
        string action, KeyValuePair<string, string?>[] parameters, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        var call = UpstreamCall.Write(UpstreamName.Worksection, action);
        return UpstreamJson.Parse(call, await SendAsync(call, parameters, ct), typeInfo);
    }

    private async Task<JsonElement> SendAsync(UpstreamCall call, KeyValuePair<string, string?>[] parameters, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            WorksectionRequestSigner.SignedQuery(call.Operation, parameters, options.Value.ApiKey));
        var response = await UpstreamHttp.SendAsync(http, request, call, ct);
        if (!response.IsSuccess)
        {
            throw UpstreamErrors.ForStatus(call, response, UpstreamJson.TryParse(response.Body, Json.WsEnvelope)?.Message);
        }

        var envelope = UpstreamJson.Parse(call, response.Body, Json.WsEnvelope);
        return envelope.Status switch
        {
            "ok" => envelope.Data,
            "error" when IsCredentialError(envelope.Message) => throw UpstreamErrors.Unauthorized(call),
            "error" => throw UpstreamErrors.Rejected(call, envelope.Message, response.Status),
            _ => throw UpstreamErrors.BadResponse(call),
        };
    }

    // Worksection reports a bad hash or key as {"status":"error"} with HTTP 200, like any rejected input.
    private static bool IsCredentialError(string? message) =>
        message is not null
        && (message.Contains("hash", StringComparison.OrdinalIgnoreCase)
            || message.Contains("key", StringComparison.OrdinalIgnoreCase)
            || message.Contains("access", StringComparison.OrdinalIgnoreCase));
}
