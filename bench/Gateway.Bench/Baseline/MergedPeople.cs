using System.Text;
using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>
/// The three people lists joined by trimmed, lower-cased email, as a hand-written client would: one dictionary pass
/// per list. Field precedence follows the gateway's (People v3, then Worksection, then Zoho).
/// </summary>
public sealed class MergedPeople
{
    private readonly Dictionary<string, Record> _byKey = new(StringComparer.Ordinal);

    public MergedPeople(JsonDocument worksectionUsers, ZohoPages zohoUsers, JsonDocument peopleV3)
    {
        foreach (var user in worksectionUsers.RootElement.GetProperty("data").EnumerateArray()) For(user).Worksection ??= user;
        foreach (var user in zohoUsers.Items) For(user).Zoho ??= user;
        foreach (var person in peopleV3.RootElement.EnumerateArray()) For(person).PeopleV3 ??= person;
    }

    public int Count => _byKey.Count;

    public IEnumerable<Record> All => _byKey.Values;

    public Record? Find(string email) => _byKey.GetValueOrDefault(Key(email));

    public static string Key(string email) => email.Trim().ToLowerInvariant();

    public static string GlobalId(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + key));

    /// <summary>A person's id as the gateway makes it: a keyed hash of the email, never the email itself.</summary>
    public static string PersonId(string key)
    {
        Span<byte> mac = stackalloc byte[System.Security.Cryptography.HMACSHA256.HashSizeInBytes];
        System.Security.Cryptography.HMACSHA256.HashData(PersonIdKeyBytes, Encoding.UTF8.GetBytes(key), mac);
        return GlobalId("Person", System.Buffers.Text.Base64Url.EncodeToString(mac[..16]));
    }

    private static readonly byte[] PersonIdKeyBytes = Encoding.UTF8.GetBytes(Hosting.BenchStack.PersonIdKey);

    private Record For(JsonElement user)
    {
        var key = Key(user.GetProperty("email").GetString()!);
        if (!_byKey.TryGetValue(key, out var record)) _byKey[key] = record = new Record(key);
        return record;
    }

    /// <summary>One person's upstream records.</summary>
    public sealed class Record(string key)
    {
        public string Key { get; } = key;

        public JsonElement? Worksection { get; set; }

        public JsonElement? Zoho { get; set; }

        public JsonElement? PeopleV3 { get; set; }

        public string? DisplayName =>
            Text(Worksection, "name") ?? Join(Text(PeopleV3, "first_name") ?? Text(Worksection, "first_name"), Text(PeopleV3, "last_name") ?? Text(Worksection, "last_name"))
            ?? Text(Zoho, "name");

        public string? Title => Text(PeopleV3, "title") ?? Text(Worksection, "title");

        public bool Active => PeopleV3 is { } v3 ? !v3.GetProperty("suspended").GetBoolean() : Zoho?.GetProperty("active").GetBoolean() ?? true;

        public void WriteSummary(Utf8JsonWriter json)
        {
            json.WriteString("id", PersonId(Key));
            json.WriteString("email", Key);
            json.WriteString("displayName", DisplayName);
            json.WriteString("title", Title);
        }

        private static string? Text(JsonElement? element, string name) =>
            element is { } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

        private static string? Join(string? first, string? last) =>
            first is null && last is null ? null : string.Join(' ', new[] { first, last }.Where(n => n is not null));
    }
}
