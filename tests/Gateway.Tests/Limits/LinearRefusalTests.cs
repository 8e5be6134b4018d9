using System.Diagnostics;
using System.Net;
using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>
/// Issue 21 item 1: a document of any repeated shape, up to the token cap or the body limit, costs CPU time within a
/// constant of a 1 KB document's. Quadratic validation (overlapping fields, duplicate directives) made a 165 KB
/// document of one repeated field cost seconds. CPU time is the process's, so this class runs alone.
/// </summary>
[Collection(CpuMeasuredCollection.Name)]
public sealed class LinearRefusalTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    // The documents are 15 to 1,000 times the size of the 1 KB one (165 KB at the token cap). Linear work (reading,
    // lexing, parsing, one walk, the collections their large strings cause) measured 20 to 110 times its CPU time on a
    // shared 2-core machine; the quadratic rules measured 240 to 37,000 times.
    private const double MaxRatio = 150;

    // Just under the default cap of 15,000 tokens: the largest documents the token count lets through.
    private const int TokenBudget = 14_990;

    public static TheoryData<string, string> Shapes => new()
    {
        { "fields", Document(TokenBudget, "__typename ", 1) },
        { "aliases", Document(TokenBudget, i => $"a{i}: __typename ", 3) },
        { "directives", Document(TokenBudget, "__typename @include(if: true) ", 8) },
        { "duplicate @skip", "{ __typename " + Repeat("@skip(if: false) ", (TokenBudget - 4) / 7) + "}" },
        { "fragment spreads", "{ " + Repeat("...F ", (TokenBudget - 10) / 2) + "} fragment F on Query { __typename }" },
        { "distinct fragments", "{ " + string.Concat(Enumerable.Range(0, TokenBudget / 9).Select(i => $"...F{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, TokenBudget / 9).Select(i => $"fragment F{i} on Query {{ __typename }} ")) },
        { "fragments at the fragment cap", "{ " + string.Concat(Enumerable.Range(0, 50).Select(i => $"...F{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"fragment F{i} on Query {{ __typename }} ")) },
        { "inline fragments", Document(TokenBudget, "... { __typename } ", 5) },
        { "fields at the field cap", Document(2_002, "__typename ", 1) },
        { "nested selections", Repeat("{ people(first: 1) { nodes { teams ", TokenBudget / 14) + "{ __typename" + new string('}', 2 * (TokenBudget / 14) + 1) },
        { "fields at the body limit", "{ " + Repeat("__typename ", 95_000) + "}" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task DocumentUpToTheLimits_AnsweredInCpuTimeLinearInSize(string shape, string document)
    {
        var small = Document(90, "__typename ", 1);
        Assert.InRange(small.Length, 900, 1100);
        await gateway.QueryAsync(small);
        await gateway.QueryAsync(document);
        await gateway.Control.ResetAsync();

        // A quadratic shape fails every measurement; a busy machine (other processes' builds, this process's idle
        // thread-pool spinning) can spoil one. So up to three measurements, and the best one counts.
        var measurements = new List<(double Ratio, string Text)>();
        while (measurements.Count < 3 && measurements.All(m => m.Ratio > MaxRatio))
        {
            var baseline = await CpuPerRequestAsync(small, 20);
            var measured = await CpuPerRequestAsync(document, 5);
            var ratio = measured.TotalMilliseconds / baseline.TotalMilliseconds;
            measurements.Add((ratio, $"{measured.TotalMilliseconds:0.0} ms CPU against {baseline.TotalMilliseconds:0.00} ms for 1 KB (x{ratio:0})"));
        }

        Assert.True(measurements.Min(m => m.Ratio) <= MaxRatio, $"{shape}: {string.Join("; ", measurements.Select(m => m.Text))}");
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    // The smallest of several runs: CPU time spent by other threads (GC, timers) only ever adds to a run.
    private async Task<TimeSpan> CpuPerRequestAsync(string document, int runs)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var before = CpuTime();
            var response = await gateway.QueryAsync(document);
            var spent = CpuTime() - before;
            Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.Body);
            best = spent < best ? spent : best;
        }
        return best;
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Document(int tokens, string item, int tokensPerItem) => Document(tokens, _ => item, tokensPerItem);

    private static string Document(int tokens, Func<int, string> item, int tokensPerItem) =>
        "{ " + string.Concat(Enumerable.Range(0, (tokens - 2) / tokensPerItem).Select(item)) + "}";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}

/// <summary>Classes that measure the process's CPU time run while no other test class does.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuMeasuredCollection
{
    public const string Name = "CPU-measured";
}
