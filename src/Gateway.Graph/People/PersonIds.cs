using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.People;

/// <summary><c>Graph:Ids</c>: the server-side key person ids are made with.</summary>
public sealed class PersonIdOptions
{
    public const string SectionName = "Graph:Ids";

    /// <summary>Shortest key accepted, in characters (its UTF-8 bytes are the HMAC key).</summary>
    public const int MinKeyLength = 32;

    /// <summary>Secret, the same on every instance; changing it changes every person id.</summary>
    public string? Key { get; set; }
}

/// <summary>
/// The key inside a person's global id: the first 128 bits of HMAC-SHA256(<c>Graph:Ids:Key</c>, normalised email),
/// base64url. Opaque (nothing in it reads back to the email without the key), the same on every instance and after
/// every restart with the same key. The normalised email is the merge key, so an id changes only when the person's
/// email changes beyond letter case and surrounding spaces, or when the key changes; a person gaining or losing an
/// account in an upstream, a new name or title, or upstream ids changing leave it as it is. The graph finds people
/// by id through <see cref="PeopleDirectory.FindById"/>, which indexes the merged directory by this key.
/// </summary>
public sealed class PersonIds
{
    private const int IdBytes = 16;

    private readonly byte[] _key;

    public PersonIds(IOptions<PersonIdOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.Value.Key;
        if (string.IsNullOrEmpty(key) || key.Length < PersonIdOptions.MinKeyLength)
        {
            throw new InvalidOperationException(
                $"Graph:Ids:Key must be a secret of at least {PersonIdOptions.MinKeyLength} characters, the same on every instance.");
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    // A merged person lives as long as its directory snapshot, which serves many requests: its id key is computed once
    // per person instance, for the id index and for every `id` field resolved on it, and goes with the snapshot.
    private readonly ConditionalWeakTable<Person, string> _idKeys = new();

    /// <summary>The id key of <paramref name="person"/>, computed once per merged person.</summary>
    public string IdKeyOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return _idKeys.GetValue(person, p => IdKeyOf(p.Key));
    }

    /// <summary>The id key of the person whose merge key (normalised email) is <paramref name="mergeKey"/>.</summary>
    public string IdKeyOf(string mergeKey)
    {
        ArgumentNullException.ThrowIfNull(mergeKey);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(mergeKey), mac);
        return Base64Url.EncodeToString(mac[..IdBytes]);
    }
}
