using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gateway.Playground.Tests;

public sealed class PlaygroundHttpTests : IAsyncLifetime
{
    private PlaygroundGatewayFactory gateway = null!;

    public async Task InitializeAsync() => gateway = await PlaygroundGatewayFactory.StartAsync("Development");

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task BrowserGetOfGraphQLPath_RedirectsToTrailingSlash()
    {
        var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.SendAsync(BrowserGet("/graphql"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task BrowserGetOfGraphQLSlash_ServesIdeHtmlUncached()
    {
        var client = gateway.CreateClient();

        using var response = await client.SendAsync(BrowserGet("/graphql/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"static/js/main.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssetsReferencedByIde_ServedWithContentTypeAndImmutableCache()
    {
        var client = gateway.CreateClient();
        var html = await (await client.SendAsync(BrowserGet("/graphql/"))).Content.ReadAsStringAsync();
        var script = Between(html, "src=\"static/js/main.", "\"");
        var styles = Between(html, "href=\"static/css/styles.", "\"");

        using var js = await client.GetAsync($"/graphql/static/js/main.{script}");
        using var css = await client.GetAsync($"/graphql/static/css/styles.{styles}");

        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", js.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task UnhashedAsset_ServedWithNoCache()
    {
        var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql/favicon.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task ServiceWorkerOfPackage_NotServed()
    {
        var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql/service-worker.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LicenseOfIde_ShippedWithServedFiles()
    {
        var license = Path.Combine(AppContext.BaseDirectory, "playground", "LICENSE");

        Assert.Contains("ChilliCream License 1.0", await File.ReadAllTextAsync(license), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BcpConfig_PointsAtGatewayEndpointWithoutTelemetry()
    {
        var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql/bcp-config.json");
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("http://localhost/graphql", config.RootElement.GetProperty("endpoint").GetString());
        Assert.False(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task BcpConfigBehindPathBaseAndHost_EndpointHonoursBoth()
    {
        gateway.Server.BaseAddress = new Uri("https://people.example.com:8443/api/");
        var client = gateway.Server.CreateClient();

        using var response = await client.GetAsync("graphql/bcp-config.json");
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("https://people.example.com:8443/api/graphql", config.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal("wss://people.example.com:8443/api/graphql", config.RootElement.GetProperty("subscriptionEndpoint").GetString());
        Assert.Equal("graphql-transport-ws", config.RootElement.GetProperty("subscriptionProtocol").GetString());
    }

    [Fact]
    public async Task PostToGraphQLPath_ReachesGraphQLEndpoint()
    {
        var client = gateway.CreateClient();
        using var body = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/graphql", body);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", result.RootElement.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D", "text/html")]
    [InlineData("/graphql", "application/graphql-response+json")]
    [InlineData("/graphql/", "*/*")]
    public async Task GraphQLGet_ReachesGraphQLEndpoint(string url, string accept)
    {
        var client = gateway.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);

        // The endpoint answers in JSON, whatever it makes of the request; the IDE would be HTML or a redirect.
        Assert.NotEqual(HttpStatusCode.Found, response.StatusCode);
        Assert.EndsWith("json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static HttpRequestMessage BrowserGet(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xhtml+xml"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return request;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
