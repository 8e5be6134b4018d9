using Gateway.Testing;

namespace Gateway.Tests.Security;

/// <summary>The gateway in Production with authentication explicitly off.</summary>
public sealed class ProductionFixture : GatewayFixture
{
    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Auth:Mode"] = "None",
    };
}
