using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.DataLoading;

/// <summary>
/// One upstream list of this request. A failure is kept as the list's partial failure, so a directory built from
/// several lists loses only that upstream's part, and a lookup that needs one upstream asks only that one.
/// </summary>
public abstract class UpstreamListDataLoader<T>(Func<CancellationToken, Task<IReadOnlyList<T>>> fetch)
    : SnapshotDataLoader<Partial<IReadOnlyList<T>>>
{
    protected override async Task<Partial<IReadOnlyList<T>>> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new Partial<IReadOnlyList<T>>(await fetch(cancellationToken), []);
        }
        catch (UpstreamException failure)
        {
            return new Partial<IReadOnlyList<T>>([], [failure]);
        }
    }
}
