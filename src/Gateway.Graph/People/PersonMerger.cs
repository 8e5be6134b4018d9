using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>
/// Merges the person records of any number of upstreams into people by normalised email (<see cref="EmailKey"/>).
/// Every record stays: each is one of the person's <see cref="Person.Accounts"/>, several from one upstream included.
/// Each field is decided by <see cref="MergePrecedence"/> (its order, or most recently updated where configured), and how (<see cref="Person.Merge"/>: the value every account
/// holds, and the one taken) is computed here, once per person, when first asked for. Relations (<see cref="Person.Links"/>) are the union of
/// every record's.
/// </summary>
public sealed class PersonMerger(MergePrecedence precedence)
{
    // Each field with how it is read and its upstream order, resolved once: the merge runs per person and field.
    private readonly (string Name, Func<PersonProfile, object?> Read, UpstreamName[] Order, MergePolicyKind Policy)[] _fields =
        [.. MergeFields.All.Select(f => (f.Key, f.Value, precedence.OrderOf(f.Key).ToArray(), precedence.PolicyOf(f.Key)))];

    private readonly Dictionary<string, int> _indexOf = MergeFields.All.Keys.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => f.i, StringComparer.Ordinal);

    /// <summary>
    /// The people in <paramref name="lists"/> (one list per upstream, in registration order), ordered by merge key;
    /// each person's accounts keep that order, and each upstream's own order within it.
    /// </summary>
    public IReadOnlyList<Person> Merge(IEnumerable<IReadOnlyList<SourcePerson>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        return Group(lists, only: null).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Build(g.Key, g.Value)).ToList();
    }

    /// <summary>
    /// Only the people whose merge key is in <paramref name="keys"/>, each exactly as <see cref="Merge"/> builds them
    /// from the same lists (a key no record holds any more gives nobody), in no particular order. After a write changed
    /// a few records, this rebuilds their people instead of everyone (<see cref="PeopleDirectory.With"/>).
    /// </summary>
    public IReadOnlyList<Person> Merge(IEnumerable<IReadOnlyList<SourcePerson>> lists, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(keys);
        return Group(lists, keys).Select(g => Build(g.Key, g.Value)).ToList();
    }

    /// <summary>
    /// The merge keys whose people differ between two versions of one upstream's list: those of the records only one
    /// of them holds, compared by reference (a patched list keeps every record it did not change as the same instance;
    /// a replaced record counts with its old and its new email).
    /// </summary>
    public static IReadOnlySet<string> KeysChanged(IReadOnlyList<SourcePerson> before, IReadOnlyList<SourcePerson> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var dropped = new HashSet<SourcePerson>(before, ReferenceEqualityComparer.Instance);
        var added = after.Where(r => !dropped.Remove(r)).ToList();
        return added.Concat(dropped).Where(r => !string.IsNullOrWhiteSpace(r.Account.Email))
            .Select(r => EmailKey.Normalize(r.Account.Email)).ToHashSet(StringComparer.Ordinal);
    }

    // The records of each merge key (of those in `only`, when given), in list order.
    private static Dictionary<string, List<SourcePerson>> Group(IEnumerable<IReadOnlyList<SourcePerson>> lists, IReadOnlySet<string>? only)
    {
        var groups = new Dictionary<string, List<SourcePerson>>(StringComparer.Ordinal);
        foreach (var record in lists.SelectMany(list => list).Where(r => !string.IsNullOrWhiteSpace(r.Account.Email)))
        {
            var key = EmailKey.Normalize(record.Account.Email);
            if (only is not null && !only.Contains(key)) continue;
            if (!groups.TryGetValue(key, out var records)) groups[key] = records = [];
            records.Add(record);
        }

        return groups;
    }

    private Person Build(string key, List<SourcePerson> records)
    {
        // The values shown are decided here; how (every candidate) is worked out on first ask, once, with the same rule.
        var chosen = new MergeCandidate?[_fields.Length];
        for (var i = 0; i < _fields.Length; i++) chosen[i] = Scan(_fields[i], records, all: null);
        var merge = new FieldMerges(() => _fields.ToDictionary(f => f.Name, f => Decide(f, records), StringComparer.Ordinal));

        T? Value<T>(string field) => chosen[_indexOf[field]] is { Value: T value } ? value : default;
        T? Struct<T>(string field) where T : struct => chosen[_indexOf[field]] is { Value: T value } ? value : null;

        return new Person(
            Key: key,
            Email: key,
            FirstName: Value<string>("firstName"),
            LastName: Value<string>("lastName"),
            DisplayName: Value<string>("displayName"),
            Title: Value<string>("title"),
            AvatarUrl: Value<string>("avatarUrl"),
            Department: Value<string>("department"),
            Phones: Value<PhoneNumbers>("phones") ?? new PhoneNumbers(null, null, null, null),
            Addresses: Value<IReadOnlyList<string>>("addresses") ?? [],
            TimezoneOffsetHours: Struct<decimal>("timezoneOffsetHours"),
            Language: Value<string>("language"),
            // An upstream that states no state (Worksection) never makes a person inactive.
            Active: Struct<bool>("active") ?? true,
            Suspended: Struct<bool>("suspended") ?? false,
            LastActiveAt: Struct<DateTimeOffset>("lastActiveAt"),
            CreatedAt: Struct<DateTimeOffset>("createdAt"),
            UpdatedAt: Struct<DateTimeOffset>("updatedAt"),
            Initials: Value<string>("initials"),
            ProfileColor: Value<string>("profileColor"),
            Rate: Struct<decimal>("rate"),
            ProfileUrl: Value<string>("profileUrl"),
            OtherContacts: Value<string>("otherContacts"),
            Chats: Value<IReadOnlyList<Handle>>("chats") ?? [],
            Socials: Value<IReadOnlyList<Handle>>("socials") ?? [],
            Accounts: [.. records.Select(r => r.Account)],
            Links: Links(records),
            Merge: merge);
    }

    private static FieldMerge Decide((string Name, Func<PersonProfile, object?> Read, UpstreamName[] Order, MergePolicyKind Policy) field, List<SourcePerson> records)
    {
        var all = new List<MergeCandidate>(records.Count);
        Scan(field, records, all);
        return new FieldMerge(field.Name, all);
    }

    // The records holding a value for the field: upstreams in the field's order; within one upstream, its records in
    // the order it listed them. The first is the one taken; it is returned, and with a list every one is added to it.
    private static MergeCandidate? Scan((string Name, Func<PersonProfile, object?> Read, UpstreamName[] Order, MergePolicyKind Policy) field, List<SourcePerson> records, List<MergeCandidate>? all)
    {
        if (field.Policy == MergePolicyKind.MostRecentlyUpdated) return ScanNewestFirst(field, records, all);
        MergeCandidate? first = null;
        foreach (var upstream in field.Order)
        {
            foreach (var record in records)
            {
                if (record.Source != upstream || MergeFields.Read(field.Read, record.Profile) is not { } value) continue;
                var candidate = new MergeCandidate(upstream, record.Account.ExternalId, value);
                first ??= candidate;
                if (all is null) return first;
                all.Add(candidate);
            }
        }

        return first;
    }

    // Most recently updated: every holder in the same order, then those with a change time (People v3's updated_at)
    // first, newest first; the sort is stable, so holders without one, and ties, keep the precedence order.
    private static MergeCandidate? ScanNewestFirst((string Name, Func<PersonProfile, object?> Read, UpstreamName[] Order, MergePolicyKind Policy) field, List<SourcePerson> records, List<MergeCandidate>? all)
    {
        var holders = new List<(MergeCandidate Candidate, DateTimeOffset? UpdatedAt)>(records.Count);
        foreach (var upstream in field.Order)
        {
            foreach (var record in records)
            {
                if (record.Source == upstream && MergeFields.Read(field.Read, record.Profile) is { } value)
                    holders.Add((new MergeCandidate(upstream, record.Account.ExternalId, value), record.Profile.UpdatedAt));
            }
        }

        var ranked = holders.OrderBy(h => h.UpdatedAt is null).ThenByDescending(h => h.UpdatedAt ?? DateTimeOffset.MinValue).Select(h => h.Candidate).ToList();
        all?.AddRange(ranked);
        return ranked.Count > 0 ? ranked[0] : null;
    }

    // Links name their upstream, so only two records of one upstream can state the same link twice.
    private static IReadOnlyList<SourceLink> Links(List<SourcePerson> records)
    {
        if (records.Count == 1) return records[0].Links;
        var links = records.SelectMany(r => r.Links);
        return records.DistinctBy(r => r.Source).Count() == records.Count ? [.. links] : [.. links.Distinct()];
    }
}
