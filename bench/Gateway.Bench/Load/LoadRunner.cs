using System.Diagnostics;

namespace Gateway.Bench.Load;

/// <summary>
/// Closed-loop load: a fixed number of workers, each sending its next request as soon as the previous one answered,
/// for a fixed time. Latency is measured per request from send to the last byte of the answer.
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        Func<CancellationToken, Task<bool>> request, int concurrency, TimeSpan duration, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(request, deadline, ct), ct)).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        return new LoadResult(latencies.Length, results.Sum(r => r.Errors), elapsed, latencies);
    }

    private static async Task<WorkerResult> WorkAsync(Func<CancellationToken, Task<bool>> request, long deadline, CancellationToken ct)
    {
        var latencies = new List<double>(4096);
        var errors = 0;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            ct.ThrowIfCancellationRequested();
            var sent = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                ok = await request(ct);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                ok = false;
            }

            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            if (!ok) errors++;
        }

        return new WorkerResult(latencies, errors);
    }

    private sealed record WorkerResult(List<double> Latencies, int Errors);
}
