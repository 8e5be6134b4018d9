using System.Net;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class MutationOverGetTests(MutationFixture gateway) : IClassFixture<MutationFixture>
{
    [Fact]
    public async Task MutationSentWithGet_Is405_AndCallsNoUpstream()
    {
        await gateway.Control.ResetAsync();
        var query = Uri.EscapeDataString("""mutation { createTeam(input: { name: "Over GET" }) { team { id } } }""");

        using var response = await gateway.Client.GetAsync($"/graphql?query={query}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }
}
