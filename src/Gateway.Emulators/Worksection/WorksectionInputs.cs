namespace Gateway.Emulators.Worksection;

/// <summary>Parameters of <c>add_user</c>.</summary>
internal sealed record WorksectionUserInput(
    string Email, string? FirstName, string? LastName, string? Title, string? Group, string? Department, string? Role);

/// <summary>Parameters of <c>add_contact</c>.</summary>
internal sealed record WorksectionContactInput(
    string Email, string Name, string? Title, string? Group, string? Phone, string? Phone2, string? Phone3,
    string? Phone4, string? Address, string? Address2);

/// <summary>The outcome of a write: a value, or the message of a <c>{"status":"error"}</c> answer.</summary>
internal sealed record WorksectionResult<T>(T? Value, string? Error)
{
    public static WorksectionResult<T> Ok(T value) => new(value, null);

    public static WorksectionResult<T> Fail(string error) => new(default, error);
}
