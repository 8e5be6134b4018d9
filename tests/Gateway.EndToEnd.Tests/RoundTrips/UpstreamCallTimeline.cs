using System.Diagnostics;

namespace Gateway.EndToEnd.Tests.RoundTrips;

/// <summary>
/// When each upstream call of the gateway started and ended, recorded by a handler on every upstream HttpClient, and
/// the longest chain of calls in which each starts after the previous one ended: the dependent round-trips.
/// </summary>
public sealed class UpstreamCallTimeline
{
    private readonly Lock _gate = new();
    private readonly List<(long Start, long End)> _calls = [];

    public void Clear()
    {
        lock (_gate) _calls.Clear();
    }

    public int Count
    {
        get
        {
            lock (_gate) return _calls.Count;
        }
    }

    /// <summary>The dependent round-trips: the length of the longest chain of calls, each started after the one before ended.</summary>
    public int DependentRoundTrips()
    {
        List<(long Start, long End)> calls;
        lock (_gate) calls = [.. _calls.OrderBy(c => c.Start)];
        var depth = new int[calls.Count];
        for (var i = 0; i < calls.Count; i++)
        {
            depth[i] = 1;
            for (var j = 0; j < i; j++)
            {
                if (calls[j].End <= calls[i].Start) depth[i] = Math.Max(depth[i], depth[j] + 1);
            }
        }

        return depth.DefaultIfEmpty(0).Max();
    }

    public DelegatingHandler CreateHandler() => new RecordingHandler(this);

    private void Add(long start, long end)
    {
        lock (_gate) _calls.Add((start, end));
    }

    private sealed class RecordingHandler(UpstreamCallTimeline timeline) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                timeline.Add(start, Stopwatch.GetTimestamp());
            }
        }
    }
}
