using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gateway.Graph.ChangeFeed;
using Gateway.Testing;
using Gateway.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Subscriptions;

/// <summary>
/// With JWT on, a subscription needs <c>people:read</c> (over WebSocket the token comes in <c>connection_init</c>),
/// contact fields of events need <c>people:pii</c> as in queries, and a connection ends when its token expires.
/// </summary>
public sealed class SubscriptionAuthTests(SubscriptionAuthTests.FeedJwtFixture gateway) : IClassFixture<SubscriptionAuthTests.FeedJwtFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private const string Subscription = "subscription { personChanged { kind } }";

    public sealed class FeedJwtFixture : JwtFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:00.500",
        };
    }

    [Theory]
    [InlineData(null)]
    [InlineData("people:write")]
    public async Task WebSocket_WithoutTheReadScope_IsClosed4403(string? scope)
    {
        await using var ws = await WebSocketSubscriber.ConnectAsync(gateway.Factory.Server);
        await ws.SendAsync(new { type = "connection_init", payload = scope is null ? null : new { Authorization = "Bearer " + JwtFixture.Token(scope) } });

        Assert.Equal(4403, await ws.ClosedAsync(Wait));
    }

    [Fact]
    public async Task WebSocket_TokenInConnectionInit_IsAcknowledged_AndTheConnectionClosesWhenItExpires()
    {
        var token = JwtFixture.Token("people:read", expires: DateTime.UtcNow.AddSeconds(3));
        await using var ws = await WebSocketSubscriber.InitialiseAsync(await WebSocketSubscriber.ConnectAsync(gateway.Factory.Server), new { Authorization = token });
        await ws.SubscribeAsync("feed", Subscription);

        var clock = Stopwatch.StartNew();
        Assert.Equal(4403, await ws.ClosedAsync(Wait));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Contains("expired", ws.CloseDescription, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("people:write", HttpStatusCode.Forbidden)]
    public async Task Sse_WithoutTheReadScope_IsRefusedBeforeStreaming(string? scope, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Subscription }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (scope is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JwtFixture.Token(scope));
        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sse_StreamEndsWithoutComplete_WhenTheTokenExpires()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Subscription }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var expires = DateTime.UtcNow.AddSeconds(3);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JwtFixture.Token("people:read", expires: expires));
        await using var sse = await SseSubscriber.StartAsync(gateway.Client, request);
        Assert.Equal(HttpStatusCode.OK, sse.Status);

        Assert.True(await sse.EndedAsync(Wait), "The stream outlived its token.");
        // `exp` is in whole seconds.
        Assert.True(DateTime.UtcNow >= expires.AddSeconds(-1), "The stream ended before its token expired.");
        // Not `complete`: that would tell the client the subscription is over, when it should reconnect with a new token.
        Assert.False(sse.Completed);
    }

    [Fact]
    public async Task ContactFieldsOfEvents_NeedThePiiScope_AsInQueries()
    {
        await WaitForAnEventAsync();
        const string query = "{ changes(first: 1) { nodes { kind changes { field } privateChanges { field } } } }";

        var readOnly = await QueryAsync(query, "people:read");
        Assert.Equal("AUTH_NOT_AUTHORIZED", readOnly.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, readOnly.At("changes.nodes.0.privateChanges").ValueKind);
        var withPii = (await QueryAsync(query, "people:read people:pii")).EnsureNoErrors();
        Assert.Equal(System.Text.Json.JsonValueKind.Array, withPii.At("changes.nodes.0.privateChanges").ValueKind);
    }

    private async Task WaitForAnEventAsync()
    {
        var services = gateway.Factory.Services;
        var log = services.GetRequiredService<IChangeLog>();
        var clock = Stopwatch.StartNew();
        while (await log.GetBaselineAsync(default) is null && clock.Elapsed < Wait)
            await Task.Delay(50);
        if ((await log.ReadAsync(null, 1, default)).Entries.Count > 0)
            return;
        using var http = new HttpClient { BaseAddress = gateway.Emulators.PeopleV3BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Emulators.Options.PeopleV3AccessToken);
        var person = (await http.GetFromJsonAsync<System.Text.Json.JsonElement>("people"))[0];
        (await http.PutAsJsonAsync($"people/{person.GetProperty("id").GetInt64()}",
            new { email = person.GetProperty("email").GetString(), title = "Scoped " + Guid.NewGuid().ToString("N")[..6] })).EnsureSuccessStatusCode();
        while ((await log.ReadAsync(null, 1, default)).Entries.Count == 0)
        {
            Assert.True(clock.Elapsed < Wait, "No change event arrived.");
            await Task.Delay(50);
        }
    }

    private async Task<GraphQLResponse> QueryAsync(string query, string scope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JwtFixture.Token(scope));
        using var response = await gateway.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, System.Text.Json.JsonDocument.Parse(body).RootElement.Clone(), body);
    }
}
