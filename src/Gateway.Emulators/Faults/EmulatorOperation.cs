namespace Gateway.Emulators.Faults;

/// <summary>Endpoint metadata naming the operation as the stats and fault filters spell it (<c>GET /v3/people</c>).</summary>
/// <param name="Name">Method and route template relative to the upstream root.</param>
public sealed record EmulatorOperation(string Name);
