namespace Gateway.Emulators.Worksection;

/// <summary>An account user; serialized in the current, larger <c>get_users</c> form.</summary>
internal sealed class WorksectionUser
{
    public required string Id { get; init; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Title { get; set; } = "";
    public Dictionary<string, string> Chats { get; init; } = [];
    public Dictionary<string, string> Socials { get; init; } = [];
    public string? Contacts { get; set; }
    public DateTime DateAdded { get; set; }
    public decimal? Rate { get; set; }
    public string Group { get; set; } = "";
    public string Department { get; set; } = "";
    public string Role { get; set; } = "user";
    public required string Email { get; set; }
    public string Phone { get; set; } = "";
    public string Phone2 { get; set; } = "";
    public string Phone3 { get; set; } = "";
    public string Phone4 { get; set; } = "";
    public string Address { get; set; } = "";
    public string Address2 { get; set; } = "";
}

/// <summary>A team; <c>client</c> 1 marks an external client team.</summary>
internal sealed record WorksectionGroup(string Id, string Title, int Client);

/// <summary>A contact (not an account user; never invited).</summary>
internal sealed class WorksectionContact
{
    public required string Id { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string Title { get; init; } = "";
    public string Group { get; init; } = "";
    public required string Email { get; init; }
    public string Phone { get; init; } = "";
    public string Phone2 { get; init; } = "";
    public string Phone3 { get; init; } = "";
    public string Phone4 { get; init; } = "";
    public string Address { get; init; } = "";
    public string Address2 { get; init; } = "";
}

/// <summary>A contact folder: <c>preset</c> ones exist by default, <c>folder</c> ones are created by users.</summary>
internal sealed record WorksectionContactFolder(string Id, string Title, string Type);

/// <summary>A project and its task ids; only used to validate <c>page=/project/PROJECT_ID/TASK_ID/</c>.</summary>
internal sealed record WorksectionProject(string Id, string Name, IReadOnlyList<string> TaskIds);

/// <summary>Everything the Worksection emulator serves.</summary>
internal sealed class WorksectionData
{
    public List<WorksectionUser> Users { get; } = [];
    public List<WorksectionGroup> Groups { get; } = [];
    public List<WorksectionContact> Contacts { get; } = [];
    public List<WorksectionContactFolder> ContactFolders { get; } = [];
    public List<WorksectionProject> Projects { get; } = [];
    public HashSet<(string Email, string ProjectId, string TaskId)> Subscriptions { get; } = [];
}
