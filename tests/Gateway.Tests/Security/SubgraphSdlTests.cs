using System.Net;
using Gateway.Testing;

namespace Gateway.Tests.Security;

/// <summary>
/// In subgraph mode <c>_service { sdl }</c> is the whole schema: it follows introspection, so Production (introspection
/// off) refuses it and Development serves it.
/// </summary>
public sealed class SubgraphSdlTests(SubgraphSdlTests.ProductionSubgraph production, SubgraphSdlTests.DevelopmentSubgraph development)
    : IClassFixture<SubgraphSdlTests.ProductionSubgraph>, IClassFixture<SubgraphSdlTests.DevelopmentSubgraph>
{
    [Fact]
    public async Task ServiceSdlInProduction_RefusedLikeIntrospection()
    {
        var response = await production.QueryAsync("{ _service { sdl } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not served where introspection is off", Assert.Single(response.Errors).GetProperty("message").GetString());
    }

    [Fact]
    public async Task EntitiesInProduction_StillAnswered()
    {
        var response = await production.QueryAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { email } } }",
            new { r = new[] { new { __typename = "Person", email = "nobody@example.com" } } });

        Assert.Null(response.EnsureNoErrors().At("_entities.0").GetString());
    }

    [Fact]
    public async Task ServiceSdlInDevelopment_Served()
    {
        var response = await development.QueryAsync("{ _service { sdl } }");

        Assert.Contains("@key(fields: \"email\")", response.EnsureNoErrors().At("_service.sdl").GetString());
    }

    public sealed class ProductionSubgraph : GatewayFixture
    {
        protected override string Environment => "Production";

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Auth:Mode"] = "None",
            ["Graph:Federation:Enabled"] = "true",
        };
    }

    public sealed class DevelopmentSubgraph : GatewayFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Graph:Federation:Enabled"] = "true",
        };
    }
}
