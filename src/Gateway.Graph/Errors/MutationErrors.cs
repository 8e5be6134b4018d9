using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>A typed mutation error (Hot Chocolate's mutation conventions): returned in a payload's <c>errors</c>, never thrown.</summary>
public abstract record MutationError(string Message);

public sealed record InvalidEmailError(string Message, string Email) : MutationError(Message);

public sealed record DuplicateEmailError(string Message, string Email, UpstreamName System) : MutationError(Message);

public sealed record RequiredFieldError(string Message, string Field) : MutationError(Message);

public sealed record RoleNotAllowedError(string Message, string Role, IReadOnlyList<string> AllowedRoles) : MutationError(Message);

public sealed record InvalidRateError(string Message, decimal Rate) : MutationError(Message);

public sealed record TooManyEmailsError(string Message, int Max, int Count) : MutationError(Message);

public sealed record InvalidIdError(string Message, string Field, string Id) : MutationError(Message);

public sealed record UnknownProjectError(string Message, string ProjectId) : MutationError(Message);

public sealed record UnknownPersonError(string Message, string Person) : MutationError(Message);

public sealed record UnknownTeamError(string Message, string Team) : MutationError(Message);

public sealed record UnknownFolderError(string Message, string Folder) : MutationError(Message);

public sealed record NoSeatsLeftError(string Message, UpstreamName System, int SeatsAvailable) : MutationError(Message);

public sealed record InvalidValueError(string Message, string Field) : MutationError(Message);
