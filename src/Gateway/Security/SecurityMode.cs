namespace Gateway.Security;

/// <summary>The authentication decided at start, for mapping endpoints and the start-up log.</summary>
internal sealed record SecurityMode(AuthMode Auth, bool Production);
