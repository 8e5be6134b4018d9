using System.ComponentModel.DataAnnotations;

namespace Gateway.Graph.Mutations;

/// <summary>Limits of the mutations, bound to <c>Graph:Mutations</c>.</summary>
public sealed class MutationOptions
{
    public const string SectionName = "Graph:Mutations";

    /// <summary>The most emails one <c>addProjectMembers</c> call accepts; Zoho takes them as one comma-separated field.</summary>
    [Range(1, 1000)]
    public int MaxEmailsPerCall { get; set; } = 20;
}
