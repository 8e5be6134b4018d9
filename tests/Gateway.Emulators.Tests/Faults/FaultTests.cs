using System.Net;
using System.Text.Json;
using Gateway.Emulators.Faults;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.Faults;

/// <summary>Each test sets its own fault on a host of its own class, after a reset.</summary>
public sealed class FaultTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => fixture.Control.ResetAsync();

    [Fact]
    public async Task FailFirst_FailsExactlyTheNextNThenSucceeds()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { FailFirst = 2, ErrorStatus = 502 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _calls.WorksectionAsync(("action", "get_user_groups"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(4, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_user_groups"));
    }

    [Fact]
    public async Task ErrorRateOne_FailsEveryRequestWithTheStatus()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { ErrorRate = 1.0 });

        var (first, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));
        var (second, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "groups"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
    }

    [Fact]
    public async Task ErrorRateHalf_FailsSomeAndPassesSome()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { ErrorRate = 0.5, ErrorStatus = 500 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            var (response, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "roles"));
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.InternalServerError, statuses);
        Assert.Contains(HttpStatusCode.OK, statuses);
    }

    [Fact]
    public async Task RateLimit_Answers429WithRetryAfter()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600 });

        var (response, _) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/")));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3600), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task MalformedJson_Is200WithTheRealBodyCutInTheMiddle()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { MalformedJson = true });

        using var response = await fixture.Http.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/?usertype=All")));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"users\":[", text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task HtmlBody_Is200TextHtml()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { HtmlBody = true });

        using var response = await _calls.WorksectionAsync(("action", "get_users"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hang_NeverAnswersUntilTheClientCancels()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { Hang = true });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            fixture.Http.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"), timeout.Token));

        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.PeopleV3, "GET /v3/people"));
    }

    [Fact]
    public async Task Latency_DelaysButStillAnswers()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { LatencyMs = 50, JitterMs = 10 });

        var (response, body) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "languages"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(body.EnumerateArray());
    }

    [Fact]
    public async Task Latency_LongerThanTheClientTimeout_TimesTheClientOut()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { LatencyMs = 60_000 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            fixture.Http.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/")), timeout.Token));
    }

    [Fact]
    public async Task OperationsFilter_FaultsOnlyTheNamedOperations()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Worksection, new FaultSettings { ErrorRate = 1, Operations = ["add_user"] });

        using var read = await _calls.WorksectionAsync(("action", "get_users"));
        using var write = await _calls.WorksectionAsync(("action", "add_user"), ("email", $"x.{Guid.NewGuid():N}@zillum.com"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
    }

    [Fact]
    public async Task OperationsFilter_MatchesRouteTemplates()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.PeopleV3, new FaultSettings { FailFirst = 5, Operations = ["GET /v3/people/{id}"] });

        var (list, people) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));
        var (item, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, $"people/{people[0].GetProperty("id").GetInt64()}"));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, item.StatusCode);
    }

    [Fact]
    public async Task ClearFault_RestoresNormalAnswers()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { ErrorRate = 1 });
        await fixture.Control.ClearFaultAsync(EmulatorUpstreams.Zoho);

        var (response, _) = await _calls.SendAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FaultOnOneUpstream_LeavesTheOthersAlone()
    {
        await fixture.Control.SetFaultAsync(EmulatorUpstreams.Zoho, new FaultSettings { ErrorRate = 1 });

        var (people, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "people"));
        using var users = await _calls.WorksectionAsync(("action", "get_users"));

        Assert.Equal(HttpStatusCode.OK, people.StatusCode);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task RawCamelCaseJson_IsAcceptedByTheControlApi()
    {
        using var put = await fixture.Http.PutAsync("_emulator/faults/peoplev3",
            new StringContent("{\"failFirst\":1,\"errorStatus\":504,\"operations\":[\"GET /v3/roles\"]}", System.Text.Encoding.UTF8, "application/json"));

        var (first, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "roles"));
        var (second, _) = await _calls.SendAsync(_calls.PeopleV3(HttpMethod.Get, "roles"));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task UnknownUpstream_IsRejectedByTheControlApi()
    {
        using var response = await fixture.Http.PutAsync("_emulator/faults/jira", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
