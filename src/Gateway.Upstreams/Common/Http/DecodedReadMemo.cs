using System.Collections.Concurrent;

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

    private readonly ConcurrentDictionary<(UpstreamName Upstream, string RequestUri), Entry> _entries = new();

    internal T Decode<T>(UpstreamCall call, string requestUri, byte[] body, Func<byte[], T> decode)
        where T : class
    {
        var key = (call.Upstream, requestUri);
        if (_entries.TryGetValue(key, out var last) && last.Result is T result && body.AsSpan().SequenceEqual(last.Body))
        {
            return result;
        }

        // A body that does not decode throws here and is never remembered.
        var decoded = decode(body);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(body, decoded);
        return decoded;
    }

    private sealed record Entry(byte[] Body, object Result);
}
