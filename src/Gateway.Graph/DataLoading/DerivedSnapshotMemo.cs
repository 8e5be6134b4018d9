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
    private Entry? _last;

    public T GetOrBuild(object?[] inputs, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(build);
        var last = Volatile.Read(ref _last);
        if (last is not null && SameInstances(last.Inputs, inputs))
        {
            return last.Value;
        }

        var value = build();
        Volatile.Write(ref _last, new Entry(inputs, value));
        return value;
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

    private sealed record Entry(object?[] Inputs, T Value);
}
