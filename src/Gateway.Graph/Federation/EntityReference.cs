namespace Gateway.Graph.Federation;

/// <summary>One checked entity representation: which entity, and the one key field and value it is found by.</summary>
public sealed record EntityReference(string TypeName, string KeyField, string KeyValue);
