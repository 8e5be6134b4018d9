using System.Net;

namespace Gateway.Upstreams.Common.Http;

/// <summary>A response's content once <see cref="ContentBufferingHandler"/> has read it: the original headers over the body's bytes.</summary>
internal sealed class BufferedBodyContent : HttpContent
{
    public BufferedBodyContent(byte[] body, HttpContent original, bool isMalformed)
    {
        Body = body;
        IsMalformed = isMalformed;
        foreach (var header in original.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>
    /// A success whose body is not JSON at all (cut short, an HTML page): a failure of the upstream, which the circuit
    /// breaker counts like a 5xx, although the client still turns it into BadResponse.
    /// </summary>
    public bool IsMalformed { get; }

    /// <summary>The bytes, shared rather than copied: upstream bodies are never written to.</summary>
    public byte[] Body { get; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Body).AsTask();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Body, cancellationToken).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = Body.Length;
        return true;
    }
}
