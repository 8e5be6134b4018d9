using Gateway.Emulators.Faults;
using Gateway.Testing;
using Xunit.Abstractions;

namespace Gateway.EndToEnd.Tests;

/// <summary>
/// With the production breaker thresholds, an upstream failing half of its calls stays in most answers: its reads are
/// retried, and the breaker opens only for an upstream that fails nearly always.
/// </summary>
public sealed class HalfFailingUpstreamTests(HalfFailingUpstreamTests.ProductionBreakerFixture gateway, ITestOutputHelper output)
    : IClassFixture<HalfFailingUpstreamTests.ProductionBreakerFixture>, IAsyncLifetime
{
    private const int Requests = 100;

    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => gateway.Control.ResetAsync();

    [Fact]
    public async Task ZohoFailingHalfOfItsCalls_IsInMostDirectoryAnswers()
    {
        // The emulator draws from a seeded generator, and the requests go one at a time: the same sequence every run.
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { ErrorRate = 0.5, ErrorStatus = 503 });

        var withZoho = 0;
        for (var i = 0; i < Requests; i++)
        {
            var response = await gateway.QueryAsync("{ people(first: 5) { totalCount nodes { email } } }");
            if (response.Errors.Count == 0) withZoho++;
        }

        output.WriteLine($"{withZoho} of {Requests} directory answers include Zoho Projects at 50 % injected errors.");
        Assert.True(withZoho >= Requests * 8 / 10, $"only {withZoho} of {Requests} answers include Zoho Projects");
    }

    /// <summary>The gateway with the breaker's production thresholds (the shared fixture raises them out of the way).</summary>
    public sealed class ProductionBreakerFixture : GatewayFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?>(base.Settings);
                settings.Remove("Upstreams:Resilience:BreakerMinimumThroughput");
                // The production timeouts too: the shared fixture's 1 s attempts time out on a busy machine, and those
                // timeouts, on top of the injected errors, opened the breaker this test expects to stay closed.
                settings.Remove("Upstreams:Resilience:ReadAttemptTimeout");
                settings.Remove("Upstreams:Resilience:ReadTotalTimeout");
                return settings;
            }
        }
    }
}
