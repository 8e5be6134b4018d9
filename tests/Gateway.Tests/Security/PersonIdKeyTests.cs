using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gateway.Tests.Security;

/// <summary>Outside Production a missing <c>Graph:Ids:Key</c> is generated for the run, with a warning that says what that costs.</summary>
public sealed class PersonIdKeyTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string AnchorId = """{ personByEmail(email: "patricia.boyle@zillum.com") { id } }""";

    [Fact]
    public async Task DevelopmentWithoutKey_GeneratesOnePerRunAndWarns()
    {
        await using var first = Unkeyed();
        await using var second = Unkeyed();

        var firstId = (await GatewayFixture.QueryAsync(first.CreateClient(), AnchorId)).EnsureNoErrors().At("personByEmail.id").GetString();
        var secondId = (await GatewayFixture.QueryAsync(second.CreateClient(), AnchorId)).EnsureNoErrors().At("personByEmail.id").GetString();

        Assert.NotEqual(firstId, secondId);
        var warning = Assert.Single(first.Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.Contains("Graph:Ids:Key", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("change at every restart", warning.Message, StringComparison.Ordinal);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Unkeyed() =>
        gateway.CreateInstance(new Dictionary<string, string?> { ["Graph:Ids:Key"] = "" })
            .WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddFakeLogging()));
}
