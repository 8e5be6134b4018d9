using System.Runtime.CompilerServices;

namespace Gateway.Graph.Sources;

/// <summary>
/// Maps an upstream list once per list instance. The upstream clients hand out the same decoded list while an upstream
/// answers the same bytes, so the normalised list stays the same instance too and the merge built from it is reused.
/// </summary>
public static class ListMapping<TIn, TOut> where TIn : class
{
    private static readonly ConditionalWeakTable<IReadOnlyList<TIn>, IReadOnlyList<TOut>> Mapped = new();

    public static IReadOnlyList<TOut> Map(IReadOnlyList<TIn> list, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(map);
        return Mapped.GetValue(list, l => l.Select(map).ToList());
    }
}
