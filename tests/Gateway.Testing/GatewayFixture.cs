using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Gateway.Testing;

/// <summary>
/// The real gateway in-process, pointed at real emulators on a loopback port. One per test class
/// (IClassFixture); tests that change faults or data reset the emulators first.
/// </summary>
public class GatewayFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public EmulatorHost Emulators { get; private set; } = null!;

    public EmulatorControlClient Control { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory => _factory!;

    protected virtual EmulatorOptions EmulatorOptions => new();

    protected virtual string Environment => "Development";

    /// <summary>
    /// True to serve the gateway on Kestrel at a free 127.0.0.1 port instead of the in-memory test server, for
    /// clients that are real processes (a supergraph router); <see cref="Client"/> then talks to that port.
    /// </summary>
    protected virtual bool OnLoopback => false;

    /// <summary>Extra host configuration, e.g. a middleware that records requests.</summary>
    protected virtual void ConfigureWebHost(IWebHostBuilder web)
    {
    }

    /// <summary>Settings on top of the upstream addresses, e.g. shorter timeouts for fault tests.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:01",
        ["Upstreams:Resilience:ReadTotalTimeout"] = "00:00:03",
        ["Upstreams:Resilience:ReadRetryBaseDelay"] = "00:00:00.020",
        ["Upstreams:Resilience:WriteAttemptTimeout"] = "00:00:02",
        ["Upstreams:Resilience:BreakerMinimumThroughput"] = "1000",
    };

    public async Task InitializeAsync()
    {
        Emulators = await EmulatorHost.StartAsync(EmulatorOptions);
        Control = new EmulatorControlClient(new HttpClient { BaseAddress = Emulators.BaseAddress });
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Environment);
            foreach (var (key, value) in UpstreamSettings().Concat(Settings)) web.UseSetting(key, value);
            ConfigureWebHost(web);
        });
        if (OnLoopback)
        {
            _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
        }
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Emulators.DisposeAsync();
    }

    /// <summary>POSTs a GraphQL request and returns the parsed response.</summary>
    public async Task<GraphQLResponse> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    private IEnumerable<KeyValuePair<string, string?>> UpstreamSettings()
    {
        var options = EmulatorOptions;
        yield return new("Upstreams:Worksection:BaseUrl", Emulators.WorksectionBaseUrl.ToString());
        yield return new("Upstreams:Worksection:ApiKey", options.WorksectionApiKey);
        yield return new("Upstreams:ZohoProjects:BaseUrl", Emulators.ZohoBaseUrl.ToString());
        yield return new("Upstreams:ZohoProjects:PortalId", options.ZohoPortalId);
        yield return new("Upstreams:ZohoProjects:AccessToken", options.ZohoAccessToken);
        yield return new("Upstreams:PeopleV3:BaseUrl", Emulators.PeopleV3BaseUrl.ToString());
        yield return new("Upstreams:PeopleV3:AccessToken", options.PeopleV3AccessToken);
    }
}
