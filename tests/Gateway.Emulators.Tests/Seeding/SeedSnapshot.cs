using System.Text.Json;
using Gateway.Emulators.Tests.Support;

namespace Gateway.Emulators.Tests.Seeding;

/// <summary>The full seeded data of one host, read over HTTP: raw bodies plus people keyed by normalised email.</summary>
public sealed record SeedSnapshot(string Raw, List<JsonElement> WorksectionUsers, List<JsonElement> ZohoUsers, List<JsonElement> PeopleV3)
{
    public static async Task<SeedSnapshot> ReadAsync(EmulatorHost host)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var calls = new UpstreamCalls(host, http);
        var ws = await calls.WorksectionJsonAsync(("action", "get_users"));
        var contacts = await calls.WorksectionJsonAsync(("action", "get_contacts"));
        var (zohoRaw, zohoUsers) = await calls.ZohoAllPagesAsync("users/?usertype=All&", "users");
        var (_, projects) = await calls.SendAsync(calls.Zoho(HttpMethod.Get, calls.ZohoPortal("projects/170876000004463097/users/?usertype=All")));
        var (_, v3) = await calls.SendAsync(calls.PeopleV3(HttpMethod.Get, "people"));
        var raw = string.Join("\n", ws.GetRawText(), contacts.GetRawText(), zohoRaw, projects.GetRawText(), v3.GetRawText());
        return new SeedSnapshot(raw, [.. ws.GetProperty("data").EnumerateArray()], zohoUsers, [.. v3.EnumerateArray()]);
    }

    public static string Normalise(JsonElement item) => item.GetProperty("email").GetString()!.Trim().ToLowerInvariant();

    /// <summary>Normalised email → how many upstreams list it.</summary>
    public Dictionary<string, int> UpstreamsPerPerson() =>
        WorksectionUsers.Select(Normalise).Distinct()
            .Concat(ZohoUsers.Select(Normalise).Distinct())
            .Concat(PeopleV3.Select(Normalise).Distinct())
            .GroupBy(email => email)
            .ToDictionary(g => g.Key, g => g.Count());
}
