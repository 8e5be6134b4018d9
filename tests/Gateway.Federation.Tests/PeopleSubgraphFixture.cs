using System.Collections.Concurrent;
using System.Text.Json;
using Gateway.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Federation.Tests;

/// <summary>
/// The people graph in subgraph mode on Kestrel at a free 127.0.0.1 port, over real emulators, recording each
/// GraphQL request it receives so tests can count the router's <c>_entities</c> calls.
/// </summary>
public sealed class PeopleSubgraphFixture : GatewayFixture
{
    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public Uri Endpoint => new(Client.BaseAddress!, "/graphql");

    protected override bool ListenOnLoopback => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Graph:Federation:Enabled"] = "true",
    };

    protected override void ConfigureWebHost(IWebHostBuilder web) =>
        web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RecordingStartupFilter(Received)));

    /// <summary>One GraphQL POST as the people graph received it: its query and how many representations it carried.</summary>
    public sealed record ReceivedRequest(string Query, int Representations)
    {
        public bool IsEntities => Query.Contains("_entities", StringComparison.Ordinal);
    }

    private sealed class RecordingStartupFilter(ConcurrentQueue<ReceivedRequest> received) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path == "/graphql")
                {
                    http.Request.EnableBuffering();
                    using var body = await JsonDocument.ParseAsync(http.Request.Body);
                    http.Request.Body.Position = 0;
                    var root = body.RootElement;
                    var query = root.TryGetProperty("query", out var q) ? q.GetString() ?? "" : "";
                    var representations = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
                        && v.TryGetProperty("representations", out var r) && r.ValueKind == JsonValueKind.Array ? r.GetArrayLength() : 0;
                    received.Enqueue(new ReceivedRequest(query, representations));
                }
                await nextMiddleware();
            });
            next(app);
        };
    }
}
