using Gateway.Emulators;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Federation;

/// <summary>The gateway in federation subgraph mode over emulators seeded with a thousand people.</summary>
public sealed class SubgraphGatewayFixture : GatewayFixture
{
    public const int People = 1_000;
    public const int MaxRepresentations = 1_000;

    protected override EmulatorOptions EmulatorOptions => new() { People = People };

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Graph:Federation:Enabled"] = "true",
        ["Graph:Federation:MaxRepresentations"] = MaxRepresentations.ToString(),
        // Lets one directory read list everyone, the baseline the _entities calls are compared with.
        ["Graph:Paging:MaxPageSize"] = People.ToString(),
    };
}
