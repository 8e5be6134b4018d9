namespace Gateway.Upstreams.ZohoProjects.Wire;

/// <summary>A project of the portal list: numeric <c>id</c> plus its <c>id_string</c>, dates as "MM-dd-yyyy" and epoch ms.</summary>
internal sealed class ZohoProjectDto
{
    public long? Id { get; init; }

    public string? IdString { get; init; }

    public required string Name { get; init; }

    public string? Status { get; init; }

    public string? Description { get; init; }

    public string? OwnerName { get; init; }

    public string? CreatedDate { get; init; }

    public long? CreatedDateLong { get; init; }
}
