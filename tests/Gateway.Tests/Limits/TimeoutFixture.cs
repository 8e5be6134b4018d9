using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>A gateway whose operations may run half a second, well below the upstream read budget of 3 s.</summary>
public sealed class TimeoutFixture : GatewayFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.500",
    };
}
