using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>
/// A webhook receiver on loopback checks every delivery against the Standard Webhooks text itself (HMAC-SHA256 of
/// <c>id.timestamp.body</c> with the base64 secret after <c>whsec_</c>), not with the package the gateway signs with.
/// </summary>
public sealed class WebhookTests(GatewayFixture gateway, RedisServer redis) : IClassFixture<GatewayFixture>, IClassFixture<RedisServer>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private sealed record Delivery(string Id, string Timestamp, string Signature, string Body, int AnsweredStatus);

    [Fact]
    public async Task Deliveries_AreSigned_RetriedAfter500_AndInOrder()
    {
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var deliveries = new ConcurrentQueue<Delivery>();
        var attempts = 0;
        await using var receiver = await StartReceiverAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            // The first two attempts fail: the first event must be retried, and the second must wait for it.
            var status = Interlocked.Increment(ref attempts) <= 2 ? StatusCodes.Status500InternalServerError : StatusCodes.Status204NoContent;
            deliveries.Enqueue(new Delivery(context.Request.Headers["webhook-id"].ToString(), context.Request.Headers["webhook-timestamp"].ToString(),
                context.Request.Headers["webhook-signature"].ToString(), body, status));
            context.Response.StatusCode = status;
        });
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?>
        {
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:00.500",
            ["ChangeFeed:Webhooks:0:Name"] = "test-receiver",
            ["ChangeFeed:Webhooks:0:Url"] = receiver.Url + "hook",
            ["ChangeFeed:Webhooks:0:Secret"] = secret,
            ["ChangeFeed:Webhooks:0:Kinds:0"] = "PersonUpdated",
            ["ChangeFeed:WebhookDelivery:FirstRetryDelay"] = "00:00:00.300",
        });
        instance.CreateClient().Dispose();
        await ChangeFeedFixture.WaitForBaselineAsync(instance.Services);

        var first = "Hooked first " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, first, index: 30);
        await WaitUntilAsync(() => !deliveries.IsEmpty);
        var second = "Hooked second " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, second, index: 31);
        await WaitUntilAsync(() => deliveries.Count(d => d.AnsweredStatus == 204) >= 2);

        var all = deliveries.ToList();
        Assert.All(all, d => Assert.True(SignatureIsValid(secret, d), $"Bad signature on delivery {d.Id}."));
        Assert.All(all, d => Assert.InRange(long.Parse(d.Timestamp) - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), -300, 5));
        // Attempts 1 and 2 failed and carry the first event; the third, with the same id and body, succeeds.
        Assert.Equal(StatusCodes.Status500InternalServerError, all[0].AnsweredStatus);
        Assert.Equal(all[0].Id, all[1].Id);
        Assert.Equal(all[0].Id, all[2].Id);
        Assert.Equal(all[0].Body, all[2].Body);
        Assert.Equal(first, TitleOf(all[2].Body));
        var delivered = all.Where(d => d.AnsweredStatus == 204).ToList();
        Assert.Equal([first, second], delivered.Select(d => TitleOf(d.Body)));
        Assert.NotEqual(delivered[0].Id, delivered[1].Id);
        using var payload = JsonDocument.Parse(delivered[1].Body);
        Assert.Equal("person.updated", payload.RootElement.GetProperty("type").GetString());
        Assert.Equal("PERSON_UPDATED", payload.RootElement.GetProperty("data").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GoneEndpoint_AndOneFailingEveryAttempt_ArePaused_WhileOtherEndpointsAndSubscriptionsGoOn()
    {
        var secrets = Enumerable.Range(0, 3).Select(_ => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).ToArray();
        var gone = new ConcurrentQueue<string>();
        var failing = new ConcurrentQueue<string>();
        var healthy = new ConcurrentQueue<Delivery>();
        await using var goneReceiver = await StartReceiverAsync(context => Answer(context, gone, StatusCodes.Status410Gone));
        await using var failingReceiver = await StartReceiverAsync(context => Answer(context, failing, StatusCodes.Status500InternalServerError));
        await using var healthyReceiver = await StartReceiverAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            healthy.Enqueue(new Delivery(context.Request.Headers["webhook-id"].ToString(), "", "", await reader.ReadToEndAsync(), StatusCodes.Status204NoContent));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        var settings = new Dictionary<string, string?>
        {
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:00.500",
            ["ChangeFeed:WebhookDelivery:FirstRetryDelay"] = "00:00:00.100",
            ["ChangeFeed:WebhookDelivery:MaxRetryDelay"] = "00:00:00.200",
            ["ChangeFeed:WebhookDelivery:MaxAttempts"] = "3",
        };
        foreach (var (name, url, index) in new[] { ("retired", goneReceiver.Url, 0), ("broken", failingReceiver.Url, 1), ("working", healthyReceiver.Url, 2) })
        {
            settings[$"ChangeFeed:Webhooks:{index}:Name"] = name;
            settings[$"ChangeFeed:Webhooks:{index}:Url"] = url + "hook";
            settings[$"ChangeFeed:Webhooks:{index}:Secret"] = secrets[index];
            settings[$"ChangeFeed:Webhooks:{index}:Kinds:0"] = "PersonUpdated";
        }
        await using var configured = gateway.CreateInstance(settings);
        await using var instance = configured.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddFakeLogging()));
        var client = instance.CreateClient();
        await ChangeFeedFixture.WaitForBaselineAsync(instance.Services);
        await using var subscriber = await SseSubscriber.StartAsync(client, ChangeFeedFixture.Subscription);
        var logs = instance.Services.GetFakeLogCollector();

        var first = "Paused first " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, first, index: 32);
        // Both pauses are logged once their endpoint loop has stopped: no attempt can follow.
        await WaitUntilAsync(() => !healthy.IsEmpty && logs.GetSnapshot().Count(r => r.Message.Contains("paused", StringComparison.Ordinal)) >= 2);
        var second = "Paused second " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, second, index: 33);
        await Events.TitleChangeAsync(subscriber, first, Wait);
        await Events.TitleChangeAsync(subscriber, second, Wait);
        await WaitUntilAsync(() => healthy.Count >= 2);

        var firstId = healthy.First().Id;
        Assert.Equal([firstId], gone);
        Assert.Equal([firstId, firstId, firstId], failing);
        Assert.Equal([first, second], healthy.Select(d => TitleOf(d.Body)));
        var records = logs.GetSnapshot();
        Assert.Single(records, r => r.Level == LogLevel.Error && r.Message.StartsWith("Webhook retired answered 410 Gone: delivery to it is paused", StringComparison.Ordinal));
        Assert.Single(records, r => r.Level == LogLevel.Error && r.Message.StartsWith("Webhook broken failed 3 attempts of one event: delivery to it is paused", StringComparison.Ordinal));
        Assert.Equal(2, records.Count(r => r.Message.StartsWith("Webhook broken: attempt ", StringComparison.Ordinal)));
        foreach (var secret in secrets.Concat(secrets.Select(s => s["whsec_".Length..])))
            Assert.DoesNotContain(records, r => $"{r.Message} {r.Exception} {string.Join(' ', r.StructuredState?.Select(p => p.Value) ?? [])}".Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PositionStoreFailingAfterADelivery_TheEndpointResumesFromItsStoredPosition()
    {
        // The Redis hash of the endpoints' positions (RedisWebhookCursors).
        const string positions = "changefeed:webhook-cursors";
        var titles = new ConcurrentQueue<string?>();
        var delivered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var receiver = await StartReceiverAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            titles.Enqueue(TitleOf(await reader.ReadToEndAsync()));
            // The first delivery is answered once Redis fails: storing its position is what fails.
            if (delivered.TrySetResult())
                await release.Task;
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        await using var configured = gateway.CreateInstance(new Dictionary<string, string?>
        {
            ["Cache:Redis"] = redis.Connection,
            ["ChangeFeed:Enabled"] = "true",
            ["ChangeFeed:PollInterval"] = "00:00:00.500",
            ["ChangeFeed:Webhooks:0:Name"] = "resuming",
            ["ChangeFeed:Webhooks:0:Url"] = receiver.Url + "hook",
            ["ChangeFeed:Webhooks:0:Secret"] = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["ChangeFeed:Webhooks:0:Kinds:0"] = "PersonUpdated",
            ["ChangeFeed:WebhookDelivery:FirstRetryDelay"] = "00:00:00.100",
        });
        await using var instance = configured.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddFakeLogging()));
        instance.CreateClient().Dispose();
        await ChangeFeedFixture.WaitForBaselineAsync(instance.Services);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(redis.Connection);
        var db = admin.GetDatabase();
        var logs = instance.Services.GetFakeLogCollector();

        var first = "Resumed first " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, first, index: 34);
        await delivered.Task.WaitAsync(Wait);
        // Redis answers every read and write of the positions with an error (WRONGTYPE) until the hash is put back.
        await db.KeyRenameAsync(positions, positions + ":kept");
        await db.StringSetAsync(positions, "not a hash");
        release.SetResult();
        await WaitUntilAsync(() => logs.GetSnapshot().Any(r => r.Message.StartsWith("Webhook resuming delivery", StringComparison.Ordinal)));
        // Put back in one step: a loop reading no position at all would start after the newest event.
        await db.KeyRenameAsync(positions + ":kept", positions);

        // The first event's position was never stored: it is sent again (at least once), then the endpoint goes on.
        await WaitUntilAsync(() => titles.Count(t => t == first) == 2);
        var second = "Resumed second " + Guid.NewGuid().ToString("N")[..6];
        await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, second, index: 35);
        await WaitUntilAsync(() => titles.Contains(second));
        Assert.Equal([first, first, second], titles);
    }

    private static Task Answer(HttpContext context, ConcurrentQueue<string> attempts, int status)
    {
        attempts.Enqueue(context.Request.Headers["webhook-id"].ToString());
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    // Standard Webhooks, "Signature scheme": base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")) prefixed "v1,"; the header
    // may hold several, space-separated; compare in constant time.
    private static bool SignatureIsValid(string secret, Delivery delivery)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{delivery.Id}.{delivery.Timestamp}.{delivery.Body}"));
        return delivery.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1,", StringComparison.Ordinal))
            .Any(s => CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(s[3..]), expected));
    }

    private static string? TitleOf(string body)
    {
        using var payload = JsonDocument.Parse(body);
        return payload.RootElement.GetProperty("data").GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("field").GetString() == "title").Select(c => c.GetProperty("newValue").GetString()).FirstOrDefault();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The webhook receiver did not get the expected deliveries in time.");
            await Task.Delay(50);
        }
    }

    private sealed class Receiver(WebApplication app, string url) : IAsyncDisposable
    {
        public string Url { get; } = url;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<Receiver> StartReceiverAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", handle);
        await app.StartAsync();
        return new Receiver(app, app.Urls.Single().TrimEnd('/') + "/");
    }
}
