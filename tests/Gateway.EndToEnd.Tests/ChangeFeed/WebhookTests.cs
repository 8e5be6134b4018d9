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

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>
/// A webhook receiver on loopback checks every delivery against the Standard Webhooks text itself (HMAC-SHA256 of
/// <c>id.timestamp.body</c> with the base64 secret after <c>whsec_</c>), not with the package the gateway signs with.
/// </summary>
public sealed class WebhookTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
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
