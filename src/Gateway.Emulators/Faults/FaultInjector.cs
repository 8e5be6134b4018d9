using System.Collections.Concurrent;

namespace Gateway.Emulators.Faults;

/// <summary>
/// Holds the active fault of each upstream and decides, per request, whether and how it strikes.
/// Deterministic where tests need it: <c>failFirst</c> counts requests, <c>errorRate</c> draws from a seeded generator.
/// </summary>
public sealed class FaultInjector
{
    private readonly ConcurrentDictionary<string, FaultState> _states = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _seed;

    /// <summary>Starts with the faults given in the options.</summary>
    public FaultInjector(EmulatorOptions options)
    {
        _seed = options.Seed;
        foreach (var (upstream, settings) in options.Faults)
        {
            Set(upstream, settings);
        }
    }

    /// <summary>Replaces the fault of one upstream.</summary>
    public void Set(string upstream, FaultSettings settings) =>
        _states[upstream] = new FaultState(settings, new Random(HashCode.Combine(_seed, upstream.Length)));

    /// <summary>Removes the fault of one upstream.</summary>
    public void Clear(string upstream) => _states.TryRemove(upstream, out _);

    /// <summary>Removes every fault.</summary>
    public void ClearAll() => _states.Clear();

    /// <summary>The fault that applies to this operation, or null; consumes one <c>failFirst</c> slot when it strikes.</summary>
    internal FaultDecision Decide(string upstream, string operation)
    {
        if (!_states.TryGetValue(upstream, out var state) || !state.Matches(operation))
        {
            return FaultDecision.None;
        }

        return state.Decide();
    }

    private sealed class FaultState(FaultSettings settings, Random random)
    {
        private int _failFirstLeft = settings.FailFirst;

        public bool Matches(string operation) =>
            settings.Operations is null || settings.Operations.Contains(operation, StringComparer.Ordinal);

        public FaultDecision Decide()
        {
            int delay;
            bool randomError;
            lock (random)
            {
                delay = Math.Max(0, settings.LatencyMs) + (settings.JitterMs > 0 ? random.Next(settings.JitterMs + 1) : 0);
                randomError = settings.ErrorRate > 0 && random.NextDouble() < settings.ErrorRate;
            }

            var kind = FaultKind.None;
            if (settings.Hang)
            {
                kind = FaultKind.Hang;
            }
            else if (settings.RateLimit)
            {
                kind = FaultKind.RateLimit;
            }
            else if (TakeFailFirst() || randomError)
            {
                kind = FaultKind.Error;
            }
            else if (settings.HtmlBody)
            {
                kind = FaultKind.Html;
            }
            else if (settings.MalformedJson)
            {
                kind = FaultKind.MalformedJson;
            }

            return new FaultDecision(kind, TimeSpan.FromMilliseconds(delay), settings.ErrorStatus, settings.RetryAfterSeconds);
        }

        private bool TakeFailFirst()
        {
            while (true)
            {
                var left = Volatile.Read(ref _failFirstLeft);
                if (left <= 0)
                {
                    return false;
                }

                if (Interlocked.CompareExchange(ref _failFirstLeft, left - 1, left) == left)
                {
                    return true;
                }
            }
        }
    }
}
