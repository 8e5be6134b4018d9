using System.Net;

namespace Gateway.Playground.Tests;

public sealed class PlaygroundSettingsTests
{
    [Fact]
    public async Task Production_BrowserGetNotServedIde()
    {
        await using var gateway = await PlaygroundGatewayFactory.StartAsync("Production");
        var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        using var slash = await client.SendAsync(PlaygroundHttpTests.BrowserGet("/graphql/"));
        using var noSlash = await client.SendAsync(PlaygroundHttpTests.BrowserGet("/graphql"));
        using var config = await client.GetAsync("/graphql/bcp-config.json");

        Assert.DoesNotContain("Banana Cake Pop", await slash.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Found, noSlash.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    [Fact]
    public async Task ProductionWithPlaygroundEnabled_ServesIde()
    {
        await using var gateway = await PlaygroundGatewayFactory.StartAsync("Production", new Dictionary<string, string?>
        {
            ["Playground:Enabled"] = "true",
        });
        var client = gateway.CreateClient();

        using var response = await client.SendAsync(PlaygroundHttpTests.BrowserGet("/graphql/"));

        Assert.Contains("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentWithPlaygroundDisabled_BrowserGetNotServedIde()
    {
        await using var gateway = await PlaygroundGatewayFactory.StartAsync("Development", new Dictionary<string, string?>
        {
            ["Playground:Enabled"] = "false",
        });
        var client = gateway.CreateClient();

        using var response = await client.SendAsync(PlaygroundHttpTests.BrowserGet("/graphql/"));

        Assert.DoesNotContain("Banana Cake Pop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdeFilesMissing_BrowserGetExplainsHowToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("playground-missing-");
        try
        {
            await using var gateway = await PlaygroundGatewayFactory.StartAsync("Development", new Dictionary<string, string?>
            {
                ["Playground:FilesPath"] = empty.FullName,
            });
            var client = gateway.CreateClient();

            using var response = await client.SendAsync(PlaygroundHttpTests.BrowserGet("/graphql/"));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("not installed", html, StringComparison.Ordinal);
            Assert.Contains("npm ci", html, StringComparison.Ordinal);
            Assert.Contains("src/Gateway/Playground", html, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
