using System.Buffers;

namespace Gateway.Upstreams.Common.Http;

/// <summary>
/// Reads an upstream body, comparing it as it arrives with the body the same read answered last time
/// (<see cref="DecodedReadMemo"/>). While the two agree nothing is kept but one pooled 64 KiB buffer, and an identical
/// body comes back as that earlier array itself. People lists run to megabytes: read into a fresh array every time,
/// a directory page put 11 MB of large-object-heap arrays in the garbage at 10,000 people, which fragmented that
/// heap and held the process at twice the memory it needed.
/// </summary>
internal static class UpstreamBodyReader
{
    // Below the 85,000-byte large-object threshold.
    private const int BufferSize = 64 * 1024;

    /// <summary>
    /// The whole body: <paramref name="previous"/> itself when the bytes are the same, otherwise a new array.
    /// More than <paramref name="maxBytes"/> is refused like a broken response.
    /// </summary>
    public static async Task<byte[]> ReadAsync(Stream stream, long? contentLength, byte[]? previous, long maxBytes, CancellationToken ct)
    {
        if (contentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        // Bytes [0, matched) equal previous; from the first difference on, the body is collected in fresh.
        var matched = 0;
        var fresh = previous is null ? new Collected(maxBytes) : null;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                if (fresh is null)
                {
                    if (matched + read <= previous!.Length && chunk.SequenceEqual(previous.AsSpan(matched, read)))
                    {
                        matched += read;
                        continue;
                    }

                    fresh = new Collected(maxBytes);
                    fresh.Append(previous.AsSpan(0, matched));
                }

                fresh.Append(chunk);
            }

            return fresh?.ToArray() ?? (matched == previous!.Length ? previous : previous.AsSpan(0, matched).ToArray());
        }
        finally
        {
            fresh?.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static HttpRequestException TooLarge(long maxBytes) =>
        new($"The response body is larger than {maxBytes / (1024 * 1024)} MB.");

    // The bytes of a new body, in pooled buffers until the end, so that the one array it becomes is the only large
    // allocation (growing an array by doubling would leave about as much again in garbage).
    private sealed class Collected(long maxBytes) : IDisposable
    {
        private readonly List<byte[]> _buffers = [];
        private int _lastLength = BufferSize;
        private long _length;

        public void Append(ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            _length += bytes.Length;
            while (!bytes.IsEmpty)
            {
                if (_lastLength == BufferSize)
                {
                    _buffers.Add(ArrayPool<byte>.Shared.Rent(BufferSize));
                    _lastLength = 0;
                }

                var count = Math.Min(bytes.Length, BufferSize - _lastLength);
                bytes[..count].CopyTo(_buffers[^1].AsSpan(_lastLength));
                _lastLength += count;
                bytes = bytes[count..];
            }
        }

        public byte[] ToArray()
        {
            var array = GC.AllocateUninitializedArray<byte>(checked((int)_length));
            for (var i = 0; i < _buffers.Count; i++)
            {
                var start = i * BufferSize;
                _buffers[i].AsSpan(0, Math.Min(BufferSize, array.Length - start)).CopyTo(array.AsSpan(start));
            }

            return array;
        }

        public void Dispose()
        {
            foreach (var buffer in _buffers)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            _buffers.Clear();
        }
    }
}
