using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>
/// The benchmark screens fetched straight from the upstreams: every independent call in flight at once, dependent
/// ones (a Zoho project's users) started as soon as what they need arrives, and roughly the gateway's JSON written.
/// </summary>
public sealed class BaselineScenarios(DirectClient client)
{
    public async Task<bool> PersonAsync(string email, CancellationToken ct)
    {
        var (ws, zoho, v3) = await PeopleAsync(ct);
        using (ws) using (zoho) using (v3)
        {
            var person = new MergedPeople(ws, zoho, v3).Find(email);
            return Write(json =>
            {
                json.WriteStartObject("person");
                person?.WriteSummary(json);
                json.WriteEndObject();
            });
        }
    }

    /// <summary>Several people by email, in the order asked: what a router's <c>_entities</c> batch needs.</summary>
    public async Task<bool> PeopleByEmailAsync(IReadOnlyList<string> emails, CancellationToken ct)
    {
        var (ws, zoho, v3) = await PeopleAsync(ct);
        using (ws) using (zoho) using (v3)
        {
            var merged = new MergedPeople(ws, zoho, v3);
            return Write(json =>
            {
                json.WriteStartArray("people");
                foreach (var email in emails)
                {
                    if (merged.Find(email) is not { } person)
                    {
                        json.WriteNullValue();
                        continue;
                    }
                    json.WriteStartObject();
                    person.WriteSummary(json);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }
    }

    public async Task<bool> DirectoryAsync(int first, CancellationToken ct)
    {
        var people = PeopleAsync(ct);
        var wsGroups = client.WorksectionGroupsAsync(ct);
        var v3Groups = client.PeopleV3GroupsAsync(ct);
        var roles = client.PeopleV3RolesAsync(ct);
        var projects = client.ZohoProjectsWithUsersAsync(ct);
        await Task.WhenAll(people, wsGroups, v3Groups, roles, projects);
        var (ws, zoho, v3) = people.Result;
        using (ws) using (zoho) using (v3) using (wsGroups.Result) using (v3Groups.Result) using (roles.Result) using (projects.Result)
        {
            var merged = new MergedPeople(ws, zoho, v3);
            var teams = new TeamIndex(wsGroups.Result, v3Groups.Result);
            var roleNames = roles.Result.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt64(), r => r.GetProperty("name").GetString()!);
            var memberships = projects.Result.Memberships.ToLookup(m => MergedPeople.Key(m.User.GetProperty("email").GetString()!));
            var page = merged.All.OrderBy(p => p.Key, StringComparer.Ordinal).Take(first);
            return Write(json =>
            {
                json.WriteStartObject("people");
                json.WriteNumber("totalCount", merged.Count);
                json.WriteStartArray("nodes");
                foreach (var person in page)
                {
                    json.WriteStartObject();
                    person.WriteSummary(json);
                    json.WriteBoolean("active", person.Active);
                    DirectoryJson.WriteAccounts(json, person, roleNames);
                    teams.WriteTeamsOf(json, person);
                    DirectoryJson.WriteMemberships(json, person, memberships[person.Key]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
    }

    /// <summary>A Worksection team's roster: its group list and the three people lists, all at once.</summary>
    public async Task<bool> TeamRosterAsync(string worksectionTeamTitle, CancellationToken ct)
    {
        var people = PeopleAsync(ct);
        var groups = client.WorksectionGroupsAsync(ct);
        await Task.WhenAll(people, groups);
        var (ws, zoho, v3) = people.Result;
        using (ws) using (zoho) using (v3) using (groups.Result)
        {
            var team = groups.Result.RootElement.GetProperty("data").EnumerateArray()
                .First(g => string.Equals(g.GetProperty("title").GetString()!.Trim(), worksectionTeamTitle, StringComparison.OrdinalIgnoreCase));
            var members = new MergedPeople(ws, zoho, v3).All
                .Where(p => p.Worksection is { } u && string.Equals(u.GetProperty("group").GetString()?.Trim(), worksectionTeamTitle, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.Key, StringComparer.Ordinal);
            return Write(json =>
            {
                json.WriteStartObject("team");
                json.WriteString("id", MergedPeople.GlobalId("Team", "worksection:" + team.GetProperty("id").GetString()));
                json.WriteString("name", team.GetProperty("title").GetString());
                json.WriteStartArray("members");
                foreach (var member in members)
                {
                    json.WriteStartObject();
                    member.WriteSummary(json);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
    }

    /// <summary>person → projects → members → person → teams, with everything but project users fetched at once.</summary>
    public async Task<bool> DeepAsync(string email, CancellationToken ct)
    {
        var people = PeopleAsync(ct);
        var wsGroups = client.WorksectionGroupsAsync(ct);
        var v3Groups = client.PeopleV3GroupsAsync(ct);
        var projects = client.ZohoProjectsWithUsersAsync(ct);
        await Task.WhenAll(people, wsGroups, v3Groups, projects);
        var (ws, zoho, v3) = people.Result;
        using (ws) using (zoho) using (v3) using (wsGroups.Result) using (v3Groups.Result) using (projects.Result)
        {
            var merged = new MergedPeople(ws, zoho, v3);
            var teams = new TeamIndex(wsGroups.Result, v3Groups.Result);
            var person = merged.Find(email);
            var zohoMembers = projects.Result.List.Zip(projects.Result.Users)
                .Select(p => (Project: p.First, Users: p.Second.Items.ToList()))
                .Where(p => person is not null && p.Users.Any(u => MergedPeople.Key(u.GetProperty("email").GetString()!) == person.Key));
            var v3ProjectIds = person?.PeopleV3?.GetProperty("projects").EnumerateArray().Select(p => p.GetInt64()).ToHashSet() ?? [];
            var v3Members = merged.All.Where(p => p.PeopleV3 is not null)
                .SelectMany(p => p.PeopleV3!.Value.GetProperty("projects").EnumerateArray().Select(id => (Id: id.GetInt64(), Person: p)))
                .Where(m => v3ProjectIds.Contains(m.Id)).ToLookup(m => m.Id, m => m.Person);
            return Write(json =>
            {
                json.WriteStartObject("person");
                json.WriteString("displayName", person?.DisplayName);
                json.WriteStartArray("projects");
                foreach (var (project, users) in zohoMembers)
                {
                    DirectoryJson.WriteProjectStart(json, "zoho:" + project.GetProperty("id_string").GetString(), project.GetProperty("name").GetString());
                    foreach (var user in users)
                    {
                        if (merged.Find(user.GetProperty("email").GetString()!) is { } member)
                            DirectoryJson.WriteMember(json, member, user.TryGetProperty("role", out var role) ? role.GetString() : null, teams);
                    }

                    DirectoryJson.WriteProjectEnd(json);
                }

                foreach (var id in v3ProjectIds)
                {
                    DirectoryJson.WriteProjectStart(json, "peoplev3:" + id.ToString(CultureInfo.InvariantCulture), null);
                    foreach (var member in v3Members[id]) DirectoryJson.WriteMember(json, member, null, teams);
                    DirectoryJson.WriteProjectEnd(json);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
    }

    /// <summary>The people whose records disagree, with the disagreements: the three people lists, all at once.</summary>
    public async Task<bool> ConflictedPeopleAsync(CancellationToken ct)
    {
        var (ws, zoho, v3) = await PeopleAsync(ct);
        using (ws) using (zoho) using (v3)
        {
            return Write(json =>
            {
                json.WriteStartObject("people");
                ConflictedPeople.Write(json, ws, zoho, v3);
                json.WriteEndObject();
            });
        }
    }

    /// <summary>Sets a person's People v3 title: the three lists (the v3 id and the merged answer), then the PUT.</summary>
    public async Task<bool> UpdateTitleAsync(string email, string title, CancellationToken ct)
    {
        var (ws, zoho, v3) = await PeopleAsync(ct);
        using (ws) using (zoho) using (v3)
        {
            var person = new MergedPeople(ws, zoho, v3).Find(email);
            if (person?.PeopleV3 is not { } record) return false;
            var body = new System.Text.Json.Nodes.JsonObject
            {
                ["first_name"] = record.GetProperty("first_name").GetString(),
                ["last_name"] = record.GetProperty("last_name").GetString(),
                ["email"] = record.GetProperty("email").GetString(),
                ["title"] = title,
                ["role"] = record.GetProperty("role").GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
                ["language"] = record.GetProperty("language").GetString(),
                ["suspended"] = record.GetProperty("suspended").GetBoolean(),
            };
            using var updated = await client.PutPeopleV3PersonAsync(record.GetProperty("id").GetInt64(), body, ct);
            return Write(json =>
            {
                json.WriteStartObject("updatePerson");
                json.WriteStartObject("person");
                json.WriteString("id", MergedPeople.PersonId(person.Key));
                json.WriteString("title", updated.RootElement.GetProperty("title").GetString());
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }
    }

    private async Task<(JsonDocument Worksection, ZohoPages Zoho, JsonDocument PeopleV3)> PeopleAsync(CancellationToken ct)
    {
        var ws = client.WorksectionUsersAsync(ct);
        var zoho = client.ZohoUsersAsync(ct);
        var v3 = client.PeopleV3PeopleAsync(ct);
        await Task.WhenAll(ws, zoho, v3);
        return (ws.Result, zoho.Result, v3.Result);
    }

    private static bool Write(Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            data(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenCount > 0;
    }
}
