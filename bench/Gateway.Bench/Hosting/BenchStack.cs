using System.Globalization;
using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Bench.Scenarios;

namespace Gateway.Bench.Hosting;

/// <summary>
/// The emulators and the gateway as two separate processes on loopback, the gateway configured on its command line
/// to call the emulators, as a production deployment would call the real APIs.
/// </summary>
public sealed class BenchStack : IDisposable
{
    // The emulators run with their defaults; the gateway's settings and the baseline's credentials come from them.
    private static readonly EmulatorOptions EmulatorDefaults = new();

    public static string WorksectionApiKey => EmulatorDefaults.WorksectionApiKey;

    /// <summary>The gateway's person id key (Production requires one); the baseline makes the same ids with it.</summary>
    public const string PersonIdKey = "bench-person-id-key-not-a-secret-0123456789";
    public static string ZohoPortalId => EmulatorDefaults.ZohoPortalId;

    public static string ZohoAccessToken => EmulatorDefaults.ZohoAccessToken;

    public static string PeopleV3AccessToken => EmulatorDefaults.PeopleV3AccessToken;

    private static readonly string[] Upstreams = [EmulatorUpstreams.Worksection, EmulatorUpstreams.Zoho, EmulatorUpstreams.PeopleV3];
    private readonly HttpClient _controlHttp;

    private readonly PersistedManifest _manifest;

    private BenchStack(ChildProcess emulators, ChildProcess gateway, int people, PersistedManifest manifest)
    {
        _manifest = manifest;
        Emulators = emulators;
        Gateway = gateway;
        People = people;
        _controlHttp = new HttpClient { BaseAddress = emulators.BaseAddress };
        Control = new EmulatorControlClient(_controlHttp);
    }

    public ChildProcess Emulators { get; }

    public ChildProcess Gateway { get; }

    public int People { get; }

    public EmulatorControlClient Control { get; }

    public Uri WorksectionBaseUrl => new(Emulators.BaseAddress, EmulatorGatewaySettings.WorksectionPath);

    public Uri ZohoBaseUrl => new(Emulators.BaseAddress, EmulatorGatewaySettings.ZohoPath);

    public Uri PeopleV3BaseUrl => new(Emulators.BaseAddress, EmulatorGatewaySettings.PeopleV3Path);

    public Uri GraphQLEndpoint => new(Gateway.BaseAddress, "graphql");

    public static async Task<BenchStack> StartAsync(BuiltOutputs outputs, int people, CancellationToken ct, IEnumerable<string>? gatewaySettings = null)
    {
        var manifest = PersistedManifest.Write(ScenarioCatalog.PersistedDocuments);
        var emulators = await ChildProcess.StartAsync("emulators", outputs.EmulatorsDll,
            [$"--Emulators:People={people.ToString(CultureInfo.InvariantCulture)}", "--Logging:LogLevel:Default=Warning"],
            "_emulator/stats", ct);
        try
        {
            var gateway = await ChildProcess.StartAsync("gateway", outputs.GatewayDll,
            [
                "--environment", "Production",
                .. EmulatorGatewaySettings.For(emulators.BaseAddress, EmulatorDefaults).Select(s => $"--{s.Key}={s.Value}"),
                "--Auth:Mode=None",
                // Production requires the person id key; a fixed one keeps the bench's ids stable between runs.
                $"--Graph:Ids:Key={PersonIdKey}",
                "--Logging:LogLevel:Default=Warning",
                "--Graph:Paging:MaxPageSize=100",
                // The load comes from one address at rates no client should reach.
                "--RateLimiting:Enabled=false",
                $"--PersistedOperations:Directory={manifest.Directory}",
                // Subgraph mode adds _entities for the entity-batch scenario; the other scenarios do not touch it.
                "--Graph:Federation:Enabled=true",
                .. gatewaySettings ?? [],
            ], "health/live", ct);
            return new BenchStack(emulators, gateway, people, manifest);
        }
        catch
        {
            emulators.Dispose();
            manifest.Dispose();
            throw;
        }
    }

    /// <summary>Zeroes the call counters (which also clears faults), then sets the same latency on every upstream.</summary>
    public async Task ResetAsync(int upstreamLatencyMs, CancellationToken ct)
    {
        await Control.ResetAsync(ct: ct);
        if (upstreamLatencyMs <= 0) return;
        foreach (var upstream in Upstreams)
            await Control.SetFaultAsync(upstream, new FaultSettings { LatencyMs = upstreamLatencyMs }, ct);
    }

    public void Dispose()
    {
        _controlHttp.Dispose();
        Gateway.Dispose();
        Emulators.Dispose();
        _manifest.Dispose();
    }
}
