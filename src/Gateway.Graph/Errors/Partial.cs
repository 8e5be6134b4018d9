using Gateway.Upstreams.Common;

namespace Gateway.Graph.Errors;

/// <summary>A value built from the upstreams that answered, and the failures of those that did not.</summary>
public sealed record Partial<T>(T Value, IReadOnlyList<UpstreamException> Failures)
{
    /// <summary>One upstream's value, or the fallback and its failure.</summary>
    public static async Task<Partial<T>> FromAsync(Task<T> task, T fallback)
    {
        var failures = new List<UpstreamException>();
        var value = await Settle(task, fallback, failures);
        return new Partial<T>(value, failures);
    }

    /// <summary>A value built from this one, with the same failures.</summary>
    public Partial<TResult> Select<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new Partial<TResult>(map(Value), Failures);
    }

    public static async Task<Partial<T>> FromAsync<TA, TB>(
        Task<TA> a, Task<TB> b, TA fallbackA, TB fallbackB, Func<TA, TB, T> combine)
    {
        var failures = new List<UpstreamException>();
        var valueA = await Settle(a, fallbackA, failures);
        var valueB = await Settle(b, fallbackB, failures);
        return new Partial<T>(combine(valueA, valueB), failures);
    }

    public static async Task<Partial<T>> FromAsync<TA, TB, TC>(
        Task<TA> a, Task<TB> b, Task<TC> c, TA fallbackA, TB fallbackB, TC fallbackC, Func<TA, TB, TC, T> combine)
    {
        var failures = new List<UpstreamException>();
        var valueA = await Settle(a, fallbackA, failures);
        var valueB = await Settle(b, fallbackB, failures);
        var valueC = await Settle(c, fallbackC, failures);
        return new Partial<T>(combine(valueA, valueB, valueC), failures);
    }

    // The tasks are already running side by side; awaiting them in turn only collects the outcomes.
    private static async Task<TV> Settle<TV>(Task<TV> task, TV fallback, List<UpstreamException> failures)
    {
        try
        {
            return await task;
        }
        catch (UpstreamException failure)
        {
            failures.Add(failure);
            return fallback;
        }
    }
}
