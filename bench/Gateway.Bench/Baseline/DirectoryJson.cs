using System.Globalization;
using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>JSON pieces the baseline screens share: accounts, project memberships, project members.</summary>
internal static class DirectoryJson
{
    public static void WriteAccounts(Utf8JsonWriter json, MergedPeople.Record person, IReadOnlyDictionary<long, string> roleNames)
    {
        json.WriteStartArray("accounts");
        if (person.Worksection is { } ws) WriteAccount(json, "WORKSECTION", ws.GetProperty("id").GetString()!, ws.GetProperty("role").GetString(), true);
        if (person.Zoho is { } zoho) WriteAccount(json, "ZOHO_PROJECTS", zoho.GetProperty("id").GetString()!, zoho.GetProperty("role").GetString(), zoho.GetProperty("active").GetBoolean());
        if (person.PeopleV3 is { } v3)
        {
            var roleId = v3.GetProperty("role").GetProperty("id").GetInt64();
            WriteAccount(json, "PEOPLE_V3", v3.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
                roleNames.GetValueOrDefault(roleId, roleId.ToString(CultureInfo.InvariantCulture)), !v3.GetProperty("suspended").GetBoolean());
        }

        json.WriteEndArray();
    }

    public static void WriteMemberships(Utf8JsonWriter json, MergedPeople.Record person, IEnumerable<(JsonElement Project, JsonElement User)> zoho)
    {
        json.WriteStartArray("projectMemberships");
        foreach (var (project, user) in zoho)
        {
            json.WriteStartObject();
            json.WriteString("role", user.TryGetProperty("role", out var role) ? role.GetString() : null);
            json.WriteBoolean("active", !user.TryGetProperty("active", out var active) || active.GetBoolean());
            json.WriteStartObject("project");
            json.WriteString("id", MergedPeople.GlobalId("Project", "zoho:" + project.GetProperty("id_string").GetString()));
            json.WriteString("name", project.GetProperty("name").GetString());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (person.PeopleV3 is { } v3)
        {
            foreach (var id in v3.GetProperty("projects").EnumerateArray())
            {
                json.WriteStartObject();
                json.WriteNull("role");
                json.WriteBoolean("active", person.Active);
                json.WriteStartObject("project");
                json.WriteString("id", MergedPeople.GlobalId("Project", "peoplev3:" + id.GetInt64().ToString(CultureInfo.InvariantCulture)));
                json.WriteNull("name");
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    public static void WriteProjectStart(Utf8JsonWriter json, string key, string? name)
    {
        json.WriteStartObject();
        json.WriteString("id", MergedPeople.GlobalId("Project", key));
        json.WriteString("name", name);
        json.WriteStartArray("members");
    }

    public static void WriteMember(Utf8JsonWriter json, MergedPeople.Record member, string? role, TeamIndex teams)
    {
        json.WriteStartObject();
        json.WriteString("role", role);
        json.WriteStartObject("person");
        json.WriteString("id", MergedPeople.PersonId(member.Key));
        json.WriteString("displayName", member.DisplayName);
        teams.WriteTeamsOf(json, member);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteProjectEnd(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAccount(Utf8JsonWriter json, string source, string externalId, string? role, bool active)
    {
        json.WriteStartObject();
        json.WriteString("source", source);
        json.WriteString("externalId", externalId);
        json.WriteString("role", role);
        json.WriteBoolean("active", active);
        json.WriteEndObject();
    }
}
