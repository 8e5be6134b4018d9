using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Emulators.PeopleV3;

/// <summary>
/// Create/update body: first_name, last_name, email (required), title, role (a string id as in the contract;
/// a number is accepted too), language, groups, suspended. Type errors are reported per field like validation errors.
/// </summary>
internal sealed class PeopleV3PersonInput
{
    public string? FirstName { get; private init; }
    public string? LastName { get; private init; }
    public string? Email { get; private init; }
    public string? Title { get; private init; }
    public long? RoleId { get; private init; }
    public string? Language { get; private init; }
    public List<long>? Groups { get; private init; }
    public bool? Suspended { get; private init; }
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>Null when the body is not a JSON object.</summary>
    public static PeopleV3PersonInput? Parse(string body)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (json is null)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        var input = new PeopleV3PersonInput
        {
            FirstName = ReadText(json, "first_name", errors),
            LastName = ReadText(json, "last_name", errors),
            Email = ReadText(json, "email", errors)?.Trim(),
            Title = ReadText(json, "title", errors),
            RoleId = ReadRole(json, errors),
            Language = ReadText(json, "language", errors),
            Groups = ReadGroups(json, errors),
            Suspended = ReadFlag(json, "suspended", errors),
        };
        foreach (var (key, value) in errors)
        {
            input.Errors[key] = value;
        }

        if (string.IsNullOrEmpty(input.Email) && !input.Errors.ContainsKey("email"))
        {
            input.Errors["email"] = ["can't be blank"];
        }
        else if (!input.Errors.ContainsKey("email") && !EmailRule.IsValid(input.Email))
        {
            input.Errors["email"] = ["is invalid"];
        }

        return input;
    }

    private static string? ReadText(JsonObject json, string name, Dictionary<string, string[]> errors)
    {
        var node = json[name];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }

        errors[name] = ["is invalid"];
        return null;
    }

    private static long? ReadRole(JsonObject json, Dictionary<string, string[]> errors)
    {
        var node = json["role"];
        switch (node?.GetValueKind())
        {
            case null:
                return null;
            case JsonValueKind.String when long.TryParse(node.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                return id;
            case JsonValueKind.Number when node.AsValue().TryGetValue(out long number):
                return number;
            default:
                errors["role"] = ["is invalid"];
                return null;
        }
    }

    private static List<long>? ReadGroups(JsonObject json, Dictionary<string, string[]> errors)
    {
        var node = json["groups"];
        if (node is null)
        {
            return null;
        }

        var ids = new List<long>();
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item?.GetValueKind() != JsonValueKind.Number || !item.AsValue().TryGetValue(out long id))
                {
                    errors["groups"] = ["is invalid"];
                    return null;
                }

                ids.Add(id);
            }

            return ids;
        }

        errors["groups"] = ["is invalid"];
        return null;
    }

    private static bool? ReadFlag(JsonObject json, string name, Dictionary<string, string[]> errors)
    {
        var node = json[name];
        switch (node?.GetValueKind())
        {
            case null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                errors[name] = ["is invalid"];
                return null;
        }
    }
}
