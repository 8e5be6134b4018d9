using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Gateway.Testing;

/// <summary>
/// The real gateway in-process, pointed at real emulators on a loopback port. One per test class
/// (IClassFixture); tests that change faults or data reset the emulators first.
/// </summary>
public class GatewayFixture : IAsyncLifetime
{
    /// <summary>The person id key every fixture uses unless its <see cref="Settings"/> say otherwise: ids are stable across runs.</summary>
    public const string PersonIdKey = "gateway-tests-person-id-key-0123456789";

    private WebApplicationFactory<Program>? _factory;

    public EmulatorHost Emulators { get; private set; } = null!;

    public EmulatorControlClient Control { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory => _factory!;

    protected virtual EmulatorOptions EmulatorOptions => new();

    protected virtual string Environment => "Development";

    /// <summary>
    /// True to serve the gateway on Kestrel at a free 127.0.0.1 port as well, for clients that are real processes
    /// (the sample app, a supergraph router); <see cref="Client"/> then talks to that port.
    /// </summary>
    protected virtual bool ListenOnLoopback => false;

    /// <summary>The Kestrel address when <see cref="ListenOnLoopback"/>.</summary>
    public Uri? LoopbackAddress { get; private set; }

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
        _factory = CreateInstance();
        if (ListenOnLoopback)
        {
            _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            _factory.StartServer();
            var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            LoopbackAddress = new Uri(addresses.Addresses.Single());
        }
        Client = _factory.CreateClient();
        // As a GraphQL-over-HTTP client sends it; without Accept the gateway answers application/json (legacy clients).
        Client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
    }

    /// <summary>
    /// Another gateway instance over the same emulators with the same settings (plus <paramref name="overrides"/>),
    /// as a second replica or a restart would be. The caller disposes it.
    /// </summary>
    public WebApplicationFactory<Program> CreateInstance(IReadOnlyDictionary<string, string?>? overrides = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Environment);
            web.UseSetting("Graph:Ids:Key", PersonIdKey);
            foreach (var (key, value) in EmulatorGatewaySettings.For(Emulators).Concat(Settings).Concat(overrides ?? new Dictionary<string, string?>()))
                web.UseSetting(key, value);
            ConfigureWebHost(web);
        });

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Emulators.DisposeAsync();
    }

    /// <summary>POSTs a GraphQL request and returns the parsed response.</summary>
    public Task<GraphQLResponse> QueryAsync(string query, object? variables = null) => QueryAsync(Client, query, variables);

    /// <summary>POSTs a GraphQL request to the gateway behind <paramref name="client"/> (e.g. one of <see cref="CreateInstance"/>).</summary>
    public static async Task<GraphQLResponse> QueryAsync(HttpClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }
}
