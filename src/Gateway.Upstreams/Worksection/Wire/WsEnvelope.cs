namespace Gateway.Upstreams.Worksection.Wire;

/// <summary><c>{"status":"ok","data":…}</c> or <c>{"status":"error","message":"…"}</c>, the latter with HTTP 200.</summary>
internal class WsEnvelope
{
    public required string Status { get; init; }

    public string? Message { get; init; }
}

/// <summary>The envelope with its <c>data</c> typed, so a body is parsed once, straight into the DTOs.</summary>
internal sealed class WsEnvelope<T> : WsEnvelope
    where T : class
{
    public T? Data { get; init; }
}
