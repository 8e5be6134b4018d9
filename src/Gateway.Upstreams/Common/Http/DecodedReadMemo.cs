namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Same bytes, same records: remembers, per read request URI, the last body and what it decoded to. The upstream is
/// still called every time (nothing here can serve stale data); only when it answers byte for byte what it answered
/// before is the decoding skipped. None of the three contracts offers ETags, and a people list is decoded far more
/// often than it changes, so this takes most of the gateway's per-request CPU off the common case.
/// Decoded results are immutable records in read-only lists, so concurrent requests may share them.
/// </summary>
public sealed class DecodedReadMemo
{
    // Bounds the memory: reads are list endpoints (a handful per upstream, one per Zoho project). Past the bound the
    // memo starts over rather than tracking recency; a portal with more projects than this only decodes more often.
    private const int MaxEntries = 256;

    /// <summary>Carries <see cref="PreviousBody"/> to <see cref="ContentBufferingHandler"/>, which compares as it reads.</summary>
    internal static readonly HttpRequestOptionsKey<byte[]> PreviousBodyKey = new("Gateway.Upstreams.PreviousBody");

    private readonly Dictionary<(UpstreamName Upstream, string RequestUri), Entry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>The body this read answered last time, or null.</summary>
    internal byte[]? PreviousBody(UpstreamCall call, string requestUri)
    {
        lock (_gate)
        {
            return _entries.TryGetValue((call.Upstream, requestUri), out var last) ? last.Body : null;
        }
    }

    /// <summary>
    /// What <paramref name="body"/> decodes to. Requests that receive the same new bytes at the same time (a cold
    /// start under load, a list that just changed) wait for one decoding instead of each making their own copy.
    /// </summary>
    internal async ValueTask<T> DecodeAsync<T>(UpstreamCall call, string requestUri, byte[] body, Func<byte[], T> decode)
        where T : class
    {
        var key = (call.Upstream, requestUri);
        var (entry, decodeHere, previous) = Claim(key, body);
        if (!decodeHere)
        {
            // One request URI always decodes to one type.
            return (T)await entry.Decoded.Task;
        }

        try
        {
            var decoded = decode(body);
            entry.Decoded.SetResult(decoded);
            return decoded;
        }
        catch (Exception e)
        {
            // A body that does not decode is never remembered (the one before it is again); whoever waited on it gets
            // the same error.
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out var current) && current == entry)
                {
                    if (previous is null) _entries.Remove(key);
                    else _entries[key] = previous;
                }
            }

            entry.Decoded.SetException(e);
            _ = entry.Decoded.Task.Exception;
            throw;
        }
    }

    // The entry for these bytes: the remembered one when the bytes are the same, else a new one the caller decodes,
    // published before decoding so that the same bytes arriving meanwhile wait for that decoding.
    private (Entry Entry, bool DecodeHere, Entry? Previous) Claim((UpstreamName, string) key, byte[] body)
    {
        lock (_gate)
        {
            var remembered = _entries.TryGetValue(key, out var last);
            if (remembered && (ReferenceEquals(body, last!.Body) || body.AsSpan().SequenceEqual(last.Body)))
            {
                return (last, false, null);
            }

            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            return (_entries[key] = new Entry(body), true, last);
        }
    }

    private sealed class Entry(byte[] body)
    {
        public byte[] Body { get; } = body;

        public TaskCompletionSource<object> Decoded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
