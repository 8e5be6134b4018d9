using Gateway.Emulators.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Emulators.Worksection;

/// <summary>
/// Worksection admin API v2: one URL, <c>GET ?action=NAME&amp;...&amp;hash=HASH</c>. Failures are HTTP 200 with
/// <c>{"status":"error","message":"..."}</c>, as the real service answers.
/// </summary>
internal static class WorksectionEmulator
{
    public const string Root = "/worksection/api/admin/v2/";

    public static void MapWorksection(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/worksection").AddEndpointFilter(new UpstreamCallFilter(EmulatorUpstreams.Worksection));
        group.MapGet("/api/admin/v2/", Handle);
        group.Map("/{**rest}", () => Error("Not found"));
    }

    private static IResult Handle(HttpContext http, WorksectionStore store, EmulatorOptions options)
    {
        var query = http.Request.Query;
        if (!WorksectionHash.IsValid(http.Request.QueryString.Value, query["hash"], options.WorksectionApiKey))
        {
            return Error("Invalid hash");
        }

        var action = query["action"].ToString();
        return action switch
        {
            "" => Error("Action is required"),
            "get_users" => Ok(store.Users()),
            "get_contacts" => Ok(store.Contacts()),
            "get_user_groups" => Ok(store.Groups().Select(GroupItem)),
            "get_contact_groups" => Ok(store.ContactFolders().Select(FolderItem)),
            "add_user" => AddUser(query, store),
            "add_contact" => AddContact(query, store),
            "add_user_group" => AddUserGroup(query, store),
            "add_contact_group" => Required(query, "title") is { } missing ? missing : Ok(FolderItem(store.AddContactGroup(query["title"]!))),
            "subscribe" => Subscribe(query, store, true),
            "unsubscribe" => Subscribe(query, store, false),
            _ => Error("Unknown action"),
        };
    }

    private static IResult AddUser(IQueryCollection query, WorksectionStore store)
    {
        if (Required(query, "email") is { } missing)
        {
            return missing;
        }

        var result = store.AddUser(new WorksectionUserInput(
            query["email"]!, Optional(query, "first_name"), Optional(query, "last_name"), Optional(query, "title"),
            Optional(query, "group"), Optional(query, "department"), Optional(query, "role")));
        return result.Error is null ? Ok(result.Value) : Error(result.Error);
    }

    private static IResult AddContact(IQueryCollection query, WorksectionStore store)
    {
        if ((Required(query, "email") ?? Required(query, "name")) is { } missing)
        {
            return missing;
        }

        var result = store.AddContact(new WorksectionContactInput(
            query["email"]!, query["name"]!, Optional(query, "title"), Optional(query, "group"),
            Optional(query, "phone"), Optional(query, "phone2"), Optional(query, "phone3"), Optional(query, "phone4"),
            Optional(query, "address"), Optional(query, "address2")));
        return result.Error is null ? Ok(result.Value) : Error(result.Error);
    }

    private static IResult AddUserGroup(IQueryCollection query, WorksectionStore store)
    {
        if (Required(query, "title") is { } missing)
        {
            return missing;
        }

        var client = Optional(query, "client") ?? "0";
        if (client is not ("0" or "1"))
        {
            return Error("Invalid client value");
        }

        return Ok(GroupItem(store.AddUserGroup(query["title"]!, client == "1" ? 1 : 0)));
    }

    private static IResult Subscribe(IQueryCollection query, WorksectionStore store, bool subscribe)
    {
        if ((Required(query, "email_user") ?? Required(query, "page")) is { } missing)
        {
            return missing;
        }

        var error = store.Subscribe(query["email_user"]!, query["page"]!, subscribe);
        return error is null ? Results.Json(new { status = "ok" }, WorksectionJson.Options) : Error(error);
    }

    // The documented sample shows "type": "company" for client teams too; kept as a quirk.
    private static object GroupItem(WorksectionGroup group) => new { id = group.Id, title = group.Title, type = "company", client = group.Client };

    private static object FolderItem(WorksectionContactFolder folder) => new { id = folder.Id, title = folder.Title, type = folder.Type };

    private static string? Optional(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;

    private static IResult? Required(IQueryCollection query, string name) =>
        Optional(query, name) is null || string.IsNullOrWhiteSpace(query[name]) ? Error($"Missing required parameter: {name}") : null;

    private static IResult Ok(object? data) => Results.Json(new { status = "ok", data }, WorksectionJson.Options);

    private static IResult Error(string message) => Results.Json(new { status = "error", message }, WorksectionJson.Options);
}
