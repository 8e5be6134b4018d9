namespace Gateway.Graph.DataLoading;

/// <summary>
/// Remembers the last value built from a set of upstream lists, for as long as those lists are the very same
/// instances. The upstream clients hand out the same decoded list while an upstream answers the same bytes
/// (see <c>DecodedReadMemo</c>), so an unchanged people list is merged and indexed once, not once per request;
/// any change upstream yields a new list and a fresh build. One per derived type, shared across requests: the
/// values are immutable.
/// </summary>
public sealed class DerivedSnapshotMemo<T> where T : class
{
    private readonly Lock _gate = new();
    private Entry? _last;

    /// <summary>
    /// The value built from <paramref name="inputs"/>. Requests that bring the same new inputs at the same time wait
    /// for one build instead of each making their own.
    /// </summary>
    public async ValueTask<T> GetOrBuildAsync(object?[] inputs, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(build);
        var (entry, buildHere) = Claim(inputs);
        if (!buildHere)
        {
            return await entry.Value.Task;
        }

        try
        {
            var value = build();
            entry.Value.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            // A failed build is never remembered; whoever waited on it gets the same error.
            lock (_gate)
            {
                if (_last == entry) _last = null;
            }

            entry.Value.SetException(e);
            _ = entry.Value.Task.Exception;
            throw;
        }
    }

    // The remembered entry when the inputs are the same instances, else a new one the caller builds, published
    // before building so that the same inputs arriving meanwhile wait for that build.
    private (Entry Entry, bool BuildHere) Claim(object?[] inputs)
    {
        lock (_gate)
        {
            if (_last is not null && SameInstances(_last.Inputs, inputs))
            {
                return (_last, false);
            }

            return (_last = new Entry(inputs), true);
        }
    }

    private static bool SameInstances(object?[] a, object?[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i])) return false;
        }

        return true;
    }

    private sealed class Entry(object?[] inputs)
    {
        public object?[] Inputs { get; } = inputs;

        public TaskCompletionSource<T> Value { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
