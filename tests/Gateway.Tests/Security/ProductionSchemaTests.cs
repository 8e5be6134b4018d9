using System.Net;
using Gateway.Testing;

namespace Gateway.Tests.Security;

/// <summary>ABUSE-CASES rows 14-15: Production hides the schema, in errors as well as through introspection.</summary>
public sealed class ProductionSchemaTests(ProductionFixture production, GatewayFixture development)
    : IClassFixture<ProductionFixture>, IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("{ __schema { types { name } } }")]
    [InlineData("{ __type(name: \"Person\") { fields { name } } }")]
    public async Task IntrospectionInProduction_Refused(string query)
    {
        var response = await production.QueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task TypenameInProduction_StillAnswered()
    {
        var response = await production.QueryAsync("{ __typename }");

        Assert.Equal("Query", response.EnsureNoErrors().At("__typename").GetString());
    }

    [Fact]
    public async Task MisspeltFieldInProduction_NoSuggestion()
    {
        var response = await production.QueryAsync("{ persn(id: \"x\") { email } }");

        var message = Assert.Single(response.Errors).GetProperty("message").GetString();
        Assert.Contains("persn", message);
        Assert.DoesNotContain("Did you mean", message);
    }

    [Fact]
    public async Task MisspeltFieldInDevelopment_Suggests()
    {
        var response = await development.QueryAsync("{ persn(id: \"x\") { email } }");

        Assert.Contains("Did you mean", Assert.Single(response.Errors).GetProperty("message").GetString());
    }
}
