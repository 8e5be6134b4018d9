using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Emulators.Tests.Hosting;

public sealed class CompositionTests
{
    [Fact]
    public async Task AddAndMapEmulators_ServeTheUpstreamsInsideAnotherHost()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddEmulators(new EmulatorOptions { People = 5 });
        await using var app = builder.Build();
        app.MapGet("/own", () => "own endpoint");
        app.MapEmulators();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "peoplev3/v3/people");
        request.Headers.Authorization = new("Bearer", "demo-peoplev3-token");

        using var response = await http.SendAsync(request);
        var own = await http.GetStringAsync("own");
        var stats = await new EmulatorControlClient(http).GetStatsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("own endpoint", own);
        Assert.Equal(1, stats.Count(EmulatorUpstreams.PeopleV3, "GET /v3/people"));
        Assert.Equal(1, stats.Total);
        await app.StopAsync();
    }
}
