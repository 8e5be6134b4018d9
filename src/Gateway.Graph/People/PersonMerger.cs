using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.People;

/// <summary>
/// Merges the upstream user records into people by normalised email.
/// Precedence for a field the upstreams both hold: People v3 (the HR record: names, title, state, time zone,
/// language), then Worksection (the only source of phones, addresses, department, handles and rate), then
/// Zoho Projects (a display name and an active flag only). Every record stays visible in <see cref="Person.Accounts"/>.
/// </summary>
public static class PersonMerger
{
    public static IReadOnlyList<Person> Merge(
        IEnumerable<WorksectionUser> worksection,
        IEnumerable<ZohoPortalUser> zoho,
        IEnumerable<PeopleV3Person> peopleV3)
    {
        var groups = new Dictionary<string, Sources>(StringComparer.Ordinal);
        Sources For(string email) =>
            groups.TryGetValue(EmailKey.Normalize(email), out var s) ? s : groups[EmailKey.Normalize(email)] = new Sources();

        foreach (var user in worksection.Where(u => !string.IsNullOrWhiteSpace(u.Email))) For(user.Email).Worksection ??= user;
        foreach (var user in zoho.Where(u => !string.IsNullOrWhiteSpace(u.Email))) For(user.Email).Zoho ??= user;
        foreach (var person in peopleV3.Where(p => !string.IsNullOrWhiteSpace(p.Email))) For(person.Email).V3 ??= person;

        return groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Build(g.Key, g.Value)).ToList();
    }

    private sealed class Sources
    {
        public WorksectionUser? Worksection;
        public ZohoPortalUser? Zoho;
        public PeopleV3Person? V3;
    }

    private static Person Build(string key, Sources s)
    {
        var (ws, zoho, v3) = (s.Worksection, s.Zoho, s.V3);
        var (zohoFirst, zohoLast) = SplitName(zoho?.Name);
        var firstName = First(v3?.FirstName, ws?.FirstName, zohoFirst);
        var lastName = First(v3?.LastName, ws?.LastName, zohoLast);
        var fullName = string.Join(' ', new[] { firstName, lastName }.Where(n => !string.IsNullOrWhiteSpace(n)));

        return new Person(
            Key: key,
            Email: key,
            FirstName: firstName,
            LastName: lastName,
            DisplayName: First(ws?.Name, fullName, zoho?.Name?.Trim()),
            Title: First(v3?.Title, ws?.Title),
            AvatarUrl: First(ws?.AvatarUrl, v3?.ImageUrl),
            Department: First(ws?.Department),
            Phones: new PhoneNumbers(First(ws?.Phone), First(ws?.Phone2), First(ws?.Phone3), First(ws?.Phone4)),
            Addresses: new[] { ws?.Address, ws?.Address2 }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).ToList(),
            TimezoneOffsetHours: v3?.Timezone,
            Language: First(v3?.Language),
            Active: v3 is not null ? !v3.Suspended : zoho?.Active ?? true,
            Suspended: v3?.Suspended ?? false,
            LastActiveAt: v3?.LastActive,
            CreatedAt: v3?.CreatedAt ?? ws?.DateAdded,
            UpdatedAt: v3?.UpdatedAt,
            Initials: First(v3?.Initials),
            ProfileColor: First(v3?.ProfileColor),
            Rate: ws?.Rate,
            ProfileUrl: First(ws?.Url),
            OtherContacts: First(ws?.OtherContacts),
            Chats: Handles(ws?.Chats),
            Socials: Handles(ws?.Socials),
            Accounts: Accounts(ws, zoho, v3),
            Links: new PersonLinks(First(ws?.Group), v3?.GroupIds ?? [], v3?.ProjectIds ?? []));
    }

    private static List<SourceAccount> Accounts(WorksectionUser? ws, ZohoPortalUser? zoho, PeopleV3Person? v3)
    {
        var accounts = new List<SourceAccount>(3);
        // Worksection's contract has no user state: an account user is active while listed.
        if (ws is not null) accounts.Add(new(UpstreamName.Worksection, ws.Id, ws.Email, ws.Title, ws.Role, Active: true));
        if (zoho is not null) accounts.Add(new(UpstreamName.ZohoProjects, zoho.Id, zoho.Email, null, zoho.Role, zoho.Active));
        if (v3 is not null)
            accounts.Add(new(UpstreamName.PeopleV3, v3.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v3.Email, v3.Title, null, !v3.Suspended, v3.RoleId));
        return accounts;
    }

    private static List<Handle> Handles(IReadOnlyDictionary<string, string>? values) =>
        values is null ? [] : values.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).Select(kv => new Handle(kv.Key, kv.Value)).ToList();

    private static (string? First, string? Last) SplitName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return (null, null);
        var parts = name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }

    private static string? First(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
