namespace Gateway.Emulators.ZohoProjects;

/// <summary>A portal user; <see cref="Email"/> is kept exactly as entered, spaces included.</summary>
internal sealed class ZohoUser
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public string Role { get; set; } = "employee";
    public bool Active { get; set; } = true;
}

/// <summary>A project member: the portal user, the project role and the hourly rate (staff based billing).</summary>
internal sealed class ZohoMember
{
    public required string UserId { get; init; }
    public string Role { get; set; } = "employee";
    public decimal? Rate { get; set; }
}

/// <summary>A project of the portal.</summary>
internal sealed class ZohoProject
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public string Status { get; init; } = "active";
    public string Description { get; init; } = "";
    public string OwnerName { get; init; } = "";
    public DateTime CreatedDate { get; init; }
    public List<ZohoMember> Members { get; } = [];
}

/// <summary>Everything the Zoho emulator serves.</summary>
internal sealed class ZohoData
{
    public List<ZohoUser> Users { get; } = [];
    public List<ZohoProject> Projects { get; } = [];
    public int Capacity { get; set; }
}
