using System.Collections.Frozen;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.PersistedOperations;

/// <summary>
/// The manifests, loaded once at start, and this instance's automatic registrations in a size-bounded memory cache
/// (least recently used evicted first), so a client cannot grow the gateway's memory by registering documents.
/// </summary>
public sealed class InMemoryPersistedOperationStore : IPersistedOperationStore, IDisposable
{
    private readonly FrozenDictionary<string, PersistedOperation> _trusted;
    private readonly MemoryCache _automatic;

    public InMemoryPersistedOperationStore(IOptions<PersistedOperationsOptions> options, IHostEnvironment environment)
    {
        var directory = options.Value.Directory;
        if (!string.IsNullOrWhiteSpace(directory))
            directory = Path.GetFullPath(directory, environment.ContentRootPath);
        _trusted = PersistedOperationManifests.Load(directory).ToFrozenDictionary(StringComparer.Ordinal);
        _automatic = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxAutomaticOperations });
    }

    /// <summary>How many operations the manifests hold.</summary>
    public int TrustedCount => _trusted.Count;

    public ValueTask<PersistedOperation?> FindAsync(string hash, CancellationToken cancellationToken)
        => ValueTask.FromResult(_trusted.GetValueOrDefault(hash) ?? _automatic.Get<PersistedOperation>(hash));

    public ValueTask AddAutomaticAsync(PersistedOperation operation, CancellationToken cancellationToken)
    {
        _automatic.Set(operation.Hash, operation, new MemoryCacheEntryOptions { Size = 1 });
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _automatic.Dispose();
}
