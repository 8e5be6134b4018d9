using System.Globalization;
using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>Worksection teams by title (a user's <c>group</c> names it) and People v3 groups by id.</summary>
public sealed class TeamIndex
{
    private readonly Dictionary<string, (string Id, string Name)> _worksectionByTitle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, string> _peopleV3ById = [];

    public TeamIndex(JsonDocument? worksectionGroups, JsonDocument? peopleV3Groups)
    {
        if (worksectionGroups is not null)
        {
            foreach (var group in worksectionGroups.RootElement.GetProperty("data").EnumerateArray())
                _worksectionByTitle.TryAdd(group.GetProperty("title").GetString()!.Trim(), (group.GetProperty("id").GetString()!, group.GetProperty("title").GetString()!));
        }

        if (peopleV3Groups is not null)
        {
            foreach (var group in peopleV3Groups.RootElement.EnumerateArray())
                _peopleV3ById[group.GetProperty("id").GetInt64()] = group.GetProperty("name").GetString()!;
        }
    }

    public void WriteTeamsOf(Utf8JsonWriter json, MergedPeople.Record person)
    {
        json.WriteStartArray("teams");
        if (person.Worksection is { } ws && ws.TryGetProperty("group", out var group) && group.GetString() is { } title
            && _worksectionByTitle.TryGetValue(title.Trim(), out var team))
            WriteTeam(json, "worksection:" + team.Id, team.Name);
        if (person.PeopleV3 is { } v3)
        {
            foreach (var id in v3.GetProperty("groups").EnumerateArray().Select(g => g.GetInt64()))
            {
                if (_peopleV3ById.TryGetValue(id, out var name)) WriteTeam(json, "peoplev3:" + id.ToString(CultureInfo.InvariantCulture), name);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteTeam(Utf8JsonWriter json, string key, string name)
    {
        json.WriteStartObject();
        json.WriteString("id", MergedPeople.GlobalId("Team", key));
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
