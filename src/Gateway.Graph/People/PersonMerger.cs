using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>
/// Merges the person records of any number of upstreams into people by normalised email (<see cref="EmailKey"/>).
/// Every record stays: each is one of the person's <see cref="Person.Accounts"/>, several from one upstream included.
/// Each field is decided by <see cref="MergePrecedence"/>, and how (<see cref="Person.Merge"/>: the value every account
/// holds, and the one taken) is computed here, once per person. Relations (<see cref="Person.Links"/>) are the union of
/// every record's.
/// </summary>
public sealed class PersonMerger(MergePrecedence precedence, SourceIdentities sources)
{
    private readonly IReadOnlyList<KeyValuePair<string, Func<PersonProfile, object?>>> _fields = MergeFields.All.ToList();

    /// <summary>The people in <paramref name="lists"/> (one list per upstream), ordered by merge key.</summary>
    public IReadOnlyList<Person> Merge(IEnumerable<IReadOnlyList<SourcePerson>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var groups = new Dictionary<string, List<SourcePerson>>(StringComparer.Ordinal);
        foreach (var record in lists.SelectMany(list => list).Where(r => !string.IsNullOrWhiteSpace(r.Account.Email)))
        {
            var key = EmailKey.Normalize(record.Account.Email);
            if (!groups.TryGetValue(key, out var records)) groups[key] = records = [];
            records.Add(record);
        }

        return groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Build(g.Key, g.Value)).ToList();
    }

    private Person Build(string key, List<SourcePerson> records)
    {
        var merge = new Dictionary<string, FieldMerge>(_fields.Count, StringComparer.Ordinal);
        foreach (var (field, read) in _fields)
            merge[field] = new FieldMerge(field, Candidates(precedence.OrderOf(field), precedence.PolicyOf(field), records, read));

        T? Value<T>(string field) => merge[field].Chosen is { Value: T value } ? value : default;
        T? Struct<T>(string field) where T : struct => merge[field].Chosen is { Value: T value } ? value : null;

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
            Accounts: records.OrderBy(r => RankOf(r.Source)).Select(r => r.Account).ToList(),
            Links: records.SelectMany(r => r.Links).Distinct().ToList(),
            Merge: merge);
    }

    // Upstreams in the field's order; within one upstream, its records in the order it listed them. Most recently
    // updated puts the records that carry a change time first, newest first; the sort is stable, so ties keep that order.
    private static List<MergeCandidate> Candidates(
        IReadOnlyList<UpstreamName> order, MergePolicyKind policy, List<SourcePerson> records, Func<PersonProfile, object?> read)
    {
        var candidates = new List<(MergeCandidate Candidate, DateTimeOffset? UpdatedAt)>(records.Count);
        foreach (var upstream in order)
        {
            foreach (var record in records)
            {
                if (record.Source == upstream && MergeFields.Read(read, record.Profile) is { } value)
                    candidates.Add((new MergeCandidate(upstream, record.Account.ExternalId, value), record.Profile.UpdatedAt));
            }
        }

        var ranked = policy == MergePolicyKind.MostRecentlyUpdated
            ? candidates.OrderBy(c => c.UpdatedAt is null).ThenByDescending(c => c.UpdatedAt ?? DateTimeOffset.MinValue)
            : candidates.AsEnumerable();
        return ranked.Select(c => c.Candidate).ToList();
    }

    // Accounts are listed in the order the upstreams are registered (the schema's SourceSystem order).
    private int RankOf(UpstreamName upstream)
    {
        for (var i = 0; i < sources.All.Count; i++)
        {
            if (sources.All[i].Upstream == upstream) return i;
        }

        return sources.All.Count;
    }
}
