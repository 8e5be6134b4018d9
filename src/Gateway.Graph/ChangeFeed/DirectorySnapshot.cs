using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Graph.People;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// A person of the merged directory with the teams they belong to, their conflicts (null in a baseline stored before
/// conflicts were recorded: treated as none) and the upstream each compared field's value came from
/// (<see cref="Sources"/>).
/// </summary>
public sealed record SnapshotPerson(
    Person Person, IReadOnlyList<Team> Teams, IReadOnlyList<ConflictChange>? Conflicts = null, IReadOnlyDictionary<string, string>? Sources = null)
{
    /// <summary>A person as the change feed reads them, with the upstream of each compared field's value.</summary>
    public static SnapshotPerson Of(Person person, IReadOnlyList<Team> teams, IReadOnlyList<ConflictChange>? conflicts = null) =>
        new(person, teams, conflicts, PersonFields.SourcesOf(person));

    /// <summary>
    /// The upstream <paramref name="field"/>'s value came from: the merge's own decision while the person is fresh, else
    /// (read back from a stored baseline, which leaves the field merges out) <see cref="Sources"/>: per upstream code,
    /// the space-separated fields it gave, a few bytes per person where the merges would double its size.
    /// </summary>
    public UpstreamName? SourceOf(string field)
    {
        if (Person.Merge.TryGetValue(field, out var merge))
            return merge.Chosen?.Source;
        var code = Sources?.FirstOrDefault(s => s.Value.Split(' ').Contains(field, StringComparer.Ordinal)).Key;
        return code is null ? null : Person.Accounts.FirstOrDefault(a => a.Source.Code == code)?.Source;
    }
}

/// <summary>
/// The merged people directory at one moment, ordered by merge key: what the change feed diffs. It is stored (as
/// <see cref="ToJson"/>) as the baseline of the next diff, so every instance diffs against the same state.
/// </summary>
public sealed record DirectorySnapshot(IReadOnlyList<SnapshotPerson> People)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private string? _digest;

    /// <summary>
    /// <see cref="DigestOf"/> the stored form, worked out once per snapshot by streaming the JSON through the hash: the
    /// refresher compares it at every poll, and the whole directory as one buffer would be a large-object allocation
    /// (megabytes) each time.
    /// </summary>
    [JsonIgnore]
    public string Digest => _digest ??= StreamedDigest();

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    private string StreamedDigest()
    {
        using var hash = SHA256.Create();
        using (var stream = new CryptoStream(Stream.Null, hash, CryptoStreamMode.Write))
            JsonSerializer.Serialize(stream, this, Json);
        return Format(hash.Hash!);
    }

    public static DirectorySnapshot FromJson(ReadOnlySpan<byte> json)
    {
        var stored = JsonSerializer.Deserialize<DirectorySnapshot>(json, Json) ?? throw new JsonException("The stored change feed baseline is empty.");
        // Field merges are not stored (Person.Merge): a person read back has none, and SnapshotPerson.Sources says where
        // its values came from.
        return new DirectorySnapshot(stored.People.Select(p => (object?)p.Person.Merge is null ? p with { Person = StoredPerson.Of(p.Person) } : p).ToList());
    }

    /// <summary>A short hash of the stored form: equal snapshots have equal digests on every instance.</summary>
    public static string DigestOf(ReadOnlySpan<byte> json) => Format(SHA256.HashData(json));

    private static string Format(byte[] hash) => Convert.ToHexStringLower(hash)[..32];
}

/// <summary>
/// A person as the change feed keeps it, in each event of the log and in a baseline read back from Redis: the merged
/// fields, accounts and links, without the field merges and provenance derived from the records. Once worked out,
/// those are several times the person's size, and an event kept in the log for days would hold them all that time.
/// </summary>
public static class StoredPerson
{
    private static readonly IReadOnlyDictionary<string, FieldMerge> NoMerges = new Dictionary<string, FieldMerge>();

    public static Person Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person with { Merge = NoMerges, Provenance = Provenance.PersonProvenance.None };
    }
}

/// <summary>
/// The one seam the change feed reads the graph through: the current merged directory with team memberships.
/// Implemented today over the upstream clients and <see cref="PersonMerger"/>; the snapshot store and the N-way merge
/// replace that implementation without touching the feed.
/// </summary>
public interface IChangeFeedSnapshotSource
{
    /// <summary>
    /// The whole directory, or an exception when any upstream list could not be read: a partial directory would
    /// look like people being removed.
    /// </summary>
    Task<DirectorySnapshot> ReadAsync(CancellationToken cancellationToken);
}
