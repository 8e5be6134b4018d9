using System.Net;
using System.Text.Json;
using Gateway.Emulators.Faults;
using Gateway.Testing;

namespace Gateway.Tests.Health;

/// <summary>Liveness is the process; readiness is one cheap read per upstream, Degraded when one is down.</summary>
public sealed class HealthTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => gateway.Control.ResetAsync();

    [Fact]
    public async Task Live_200Healthy()
    {
        var (status, body) = await GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyWithEveryUpstreamUp_HealthyWithOneEntryPerUpstream()
    {
        var (status, body) = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(
            ["peoplev3", "worksection", "zoho"],
            body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadyWithZohoDown_DegradedNamingZoho()
    {
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { ErrorRate = 1, ErrorStatus = 503 });

        var (status, body) = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("Degraded", checks["zoho"].GetProperty("status").GetString());
        Assert.False(checks["zoho"].GetProperty("data").GetProperty("reachable").GetBoolean());
        Assert.Equal("Healthy", checks["worksection"].GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["peoplev3"].GetProperty("status").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await gateway.Client.GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
