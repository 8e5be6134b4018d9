using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Graph.People;
using Gateway.Graph.Teams;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// A person of the merged directory with the teams they belong to and their conflicts (null in a baseline stored
/// before conflicts were recorded: treated as none).
/// </summary>
public sealed record SnapshotPerson(Person Person, IReadOnlyList<Team> Teams, IReadOnlyList<ConflictChange>? Conflicts = null);

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
        // Field merges are not stored (Person.Merge): a person read back has none, so a cleared field has no source.
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
