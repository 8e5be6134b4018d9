using System.Collections.Concurrent;
using System.Text.Json;
using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.EndToEnd.Tests.Snapshots;

/// <summary>
/// A password-protected Redis: with the right password it is used, with a wrong one it is a Redis that is down
/// (requests succeed, readiness Degraded); either way the password shows in no log, response or health output.
/// </summary>
public sealed class RedisCredentialTests(GatewayFixture gateway, RedisServer redis)
    : IClassFixture<GatewayFixture>, IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Password = "redis-password-that-must-not-leak";
    private const string WrongPassword = "wrong-redis-password-that-must-not-leak";

    public async Task InitializeAsync()
    {
        // With the password from the start: a server without one accepts it, and from the second test on it needs it.
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync($"{redis.Connection},allowAdmin=true,password={Password}");
        await admin.GetServers()[0].ConfigSetAsync("requirepass", Password);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Password, "Healthy")]
    [InlineData(WrongPassword, "Degraded")]
    public async Task PasswordProtectedRedis_RequestsSucceed_PasswordInNoLogOrResponse(string password, string redisStatus)
    {
        var logs = new CollectingLoggerProvider();
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?>
            {
                ["Cache:Redis"] = $"{redis.Connection},password={password}",
                ["Upstreams:Freshness:MaxAge"] = "00:00:30",
            })
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs)));
        using var client = instance.CreateClient();

        var responses = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = (await GatewayFixture.QueryAsync(client, "{ people(first: 5) { nodes { email } } upstreams { name stale } }")).EnsureNoErrors();
            responses.Add(response.Body);
        }

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var health = await ready.Content.ReadAsStringAsync();
        var redisCheck = JsonDocument.Parse(health).RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "redis");
        Assert.Equal(redisStatus, redisCheck.GetProperty("status").GetString());

        Assert.All(responses.Append(health), body => Assert.DoesNotContain(password, body, StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(password, line, StringComparison.Ordinal));
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collecting(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Collecting(CollectingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category} {formatter(state, exception)} {exception}");
        }
    }
}
