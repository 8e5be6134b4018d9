using System.Net;
using Gateway.Emulators.Faults;
using Gateway.Emulators.Tests.Support;

namespace Gateway.Emulators.Tests.Faults;

public sealed class StartupFaultTests
{
    [Fact]
    public async Task FaultsInOptions_AreActiveFromStartAndClearedByReset()
    {
        var options = new EmulatorOptions();
        options.Faults[EmulatorUpstreams.Zoho] = new FaultSettings { ErrorRate = 1, ErrorStatus = 500 };
        await using var host = await EmulatorHost.StartAsync(options);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var calls = new UpstreamCalls(host, http);

        var (faulted, _) = await calls.SendAsync(calls.Zoho(HttpMethod.Get, calls.ZohoPortal("users/")));
        await host.CreateControlClient().ResetAsync();
        var (healed, _) = await calls.SendAsync(calls.Zoho(HttpMethod.Get, calls.ZohoPortal("users/")));

        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, healed.StatusCode);
    }
}
