using Microsoft.Extensions.Configuration;
using System.Security.Claims;
using System.Text;
using Gateway.Http;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Http;

/// <summary>The endpoint on a real Kestrel at 127.0.0.1 with <see cref="EndpointTestSchema"/>.</summary>
public sealed class EndpointHost : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;
    private WebApplication? _app;

    public EndpointHost() : this([])
    {
    }

    private EndpointHost(Dictionary<string, string?> settings) => _settings = settings;

    public ExecutionCounter Counter { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Starts a host whose <c>GraphQL:Endpoint</c> options are the given pairs.</summary>
    public static async Task<EndpointHost> StartAsync(params (string Key, string Value)[] endpointOptions)
    {
        var host = new EndpointHost(endpointOptions.ToDictionary(o => $"GraphQL:Endpoint:{o.Key}", o => (string?)o.Value));
        await host.InitializeAsync();
        return host;
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.AddSingleton(Counter);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddGraphQL(b => b.AddSchema<EndpointTestSchema>().AddSystemTextJson());
        builder.Services.AddGraphQLEndpoint(builder.Configuration);

        _app = builder.Build();
        _app.Use((context, next) =>
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));
            return next(context);
        });
        _app.MapGraphQLEndpoint();
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };

    }

    public Task<HttpResponseMessage> PostJsonAsync(string json, string? accept = null)
        => PostAsync(new StringContent(json, Encoding.UTF8, "application/json"), accept);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        SetAccept(request, accept);
        return await Client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        SetAccept(request, accept);
        return await Client.SendAsync(request);
    }

    /// <summary>
    /// Null sends what a GraphQL-over-HTTP client sends; empty sends no Accept (then the endpoint answers
    /// application/json, for legacy clients).
    /// </summary>
    private static void SetAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is { Length: > 0 } || accept is null)
            request.Headers.TryAddWithoutValidation("Accept", accept ?? "application/graphql-response+json");
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
