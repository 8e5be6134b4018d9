using System.Net;
using System.Net.Sockets;
using Gateway.Client;
using Microsoft.Extensions.DependencyInjection;
using PeopleGraph.Client;

namespace Gateway.Client.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task NoServerListening_ReturnsAnHttpErrorInsteadOfThrowing()
    {
        var services = new ServiceCollection();
        services.AddPeopleGraphClient().ConfigureHttpClient(c => c.BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/graphql"));
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<IPeopleGraphClient>().GetUpstreams.ExecuteAsync();

        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal("HTTP_ERROR", error.Code);
        Assert.IsType<HttpRequestException>(error.Exception);
        Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
