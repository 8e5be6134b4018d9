using Gateway.Emulators;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gateway.Upstreams.Tests.Infrastructure;

/// <summary>A real ServiceCollection with <c>AddUpstreams</c>, in-memory configuration and every log line captured.</summary>
public sealed class UpstreamServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public UpstreamServices(EmulatorHost host, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>(EmulatorGatewaySettings.For(host))
        {
            // Small numbers keep the suite fast; the shapes (retry count, read vs write) stay those of production.
            ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:02",
            ["Upstreams:Resilience:ReadTotalTimeout"] = "00:00:08",
            ["Upstreams:Resilience:ReadRetryBaseDelay"] = "00:00:00.020",
            ["Upstreams:Resilience:MaxRetryAfter"] = "00:00:05",
            ["Upstreams:Resilience:WriteAttemptTimeout"] = "00:00:02",
            // Every read reaches the emulator, as the client tests count; snapshot tests override it.
            ["Upstreams:Freshness:MaxAge"] = "00:00:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        configure?.Invoke(services);
        services.AddUpstreams(config);
        provider = services.BuildServiceProvider(validateScopes: true);
    }

    public WorksectionClient Worksection => provider.GetRequiredService<WorksectionClient>();

    public ZohoProjectsClient Zoho => provider.GetRequiredService<ZohoProjectsClient>();

    public PeopleV3Client PeopleV3 => provider.GetRequiredService<PeopleV3Client>();

    public IUpstreamBreakers Breakers => provider.GetRequiredService<IUpstreamBreakers>();

    public FakeLogCollector Logs => provider.GetFakeLogCollector();

    public IServiceProvider Provider => provider;

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
