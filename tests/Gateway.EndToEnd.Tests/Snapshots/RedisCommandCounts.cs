using System.Globalization;
using StackExchange.Redis;

namespace Gateway.EndToEnd.Tests.Snapshots;

/// <summary>What a redis-server ran since its statistics were last reset (<c>CONFIG RESETSTAT</c>), by command.</summary>
internal static class RedisCommandCounts
{
    /// <summary>Calls per command name (<c>mget</c>, <c>script|load</c>…), commands run by scripts included, <c>CONFIG</c> left out.</summary>
    public static async Task<Dictionary<string, int>> ReadAsync(IServer server) =>
        (await server.InfoAsync("commandstats")).SelectMany(g => g)
            .Where(c => c.Key.StartsWith("cmdstat_", StringComparison.Ordinal) && !c.Key.StartsWith("cmdstat_config", StringComparison.Ordinal))
            .ToDictionary(c => c.Key["cmdstat_".Length..], c => int.Parse(c.Value.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture));
}
