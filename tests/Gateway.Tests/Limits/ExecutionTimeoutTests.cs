using System.Net;
using Gateway.Emulators.Faults;

namespace Gateway.Tests.Limits;

/// <summary>ABUSE-CASES row 22: an upstream that stalls cannot hold an operation past the execution timeout.</summary>
public sealed class ExecutionTimeoutTests(TimeoutFixture gateway) : IClassFixture<TimeoutFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => gateway.Control.ResetAsync();

    [Fact]
    public async Task StalledUpstream_AnswersExecutionTimeout()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { Hang = true });

        var response = await gateway.QueryAsync("{ people(first: 5) { nodes { email } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("EXECUTION_TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
