using System.Text.Json;

namespace Gateway.Upstreams.Worksection.Wire;

/// <summary><c>{"status":"ok","data":…}</c> or <c>{"status":"error","message":"…"}</c>, the latter with HTTP 200.</summary>
internal sealed class WsEnvelope
{
    public required string Status { get; init; }

    public string? Message { get; init; }

    public JsonElement Data { get; init; }
}
