using System.ComponentModel.DataAnnotations;

namespace Gateway.PersistedOperations;

/// <summary>Persisted and trusted operations, bound from <c>PersistedOperations</c>.</summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "PersistedOperations";

    /// <summary>
    /// Folder whose <c>*.json</c> manifests (<c>{"&lt;sha256 hex&gt;": "&lt;document&gt;"}</c>, as the client generator writes
    /// them) are the trusted operations. Relative paths are resolved against the content root.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>
    /// Refuse every document that is not in a manifest: no ad-hoc text, no automatic registrations. The Production
    /// recommendation; in Development the playground served by this gateway may still send text.
    /// </summary>
    public bool OnlyAllow { get; set; }

    /// <summary>Whether clients may register documents with the automatic persisted query protocol (ignored with <see cref="OnlyAllow"/>).</summary>
    public bool AllowAutomatic { get; set; } = true;

    /// <summary>Most automatically registered documents kept; the least recently used go first.</summary>
    [Range(1, 1_000_000)]
    public int MaxAutomaticOperations { get; set; } = 10_000;

    /// <summary>HTTP caching of GET requests that name a persisted operation.</summary>
    public PersistedOperationsHttpCacheOptions HttpCache { get; set; } = new();
}

/// <summary>How long a browser (or, when <see cref="Public"/>, a shared cache) may reuse the answer to a persisted GET.</summary>
public sealed class PersistedOperationsHttpCacheOptions
{
    /// <summary>
    /// <c>max-age</c> of a successful persisted GET. Zero (the default) means <c>no-cache</c>: the client revalidates
    /// every time and gets 304 when the answer has not changed (ETag). The gateway keeps no freshness bound of its own
    /// yet: it reads the upstreams on each request, so a max-age above zero lets clients show data up to that old.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.Zero;

    /// <summary>Allow shared caches (CDNs, proxies) to keep answers; never for requests that carry credentials.</summary>
    public bool Public { get; set; }
}
