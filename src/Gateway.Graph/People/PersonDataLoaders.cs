using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>The person list of each people source for this request.</summary>
public sealed class SourcePeopleDataLoaders(SourceCatalog sources)
    : SourceListDataLoaders<IPeopleSource, SourcePerson>(sources, source => source.GetPeopleAsync);

/// <summary>
/// The merged people of this request: every people source's list, fetched side by side through its own loader.
/// An upstream that fails only removes its accounts.
/// </summary>
public sealed class PeopleDirectoryDataLoader(
    SourcePeopleDataLoaders lists, PersonMerger merger, PersonProvenanceBuilder provenance, DerivedSnapshotMemo<PeopleDirectory> memo, PersonIds ids)
    : SnapshotDataLoader<Partial<PeopleDirectory>>
{
    public override void Clear()
    {
        base.Clear();
        lists.Clear();
    }

    /// <summary>
    /// After a write whose answer is known: that upstream's list changes by that record and the others do not change
    /// at all, so instead of reading every list again only the people whose records changed are merged again, into
    /// this request's directory (a full merge of 1,000 people was most of a mutation's CPU).
    /// </summary>
    public async Task PatchAsync(
        UpstreamName upstream, Func<IReadOnlyList<SourcePerson>, IReadOnlyList<SourcePerson>> patch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var before = await LoadAsync().GetResultAsync(cancellationToken);
        var list = lists.For(upstream);
        var current = await list.LoadAsync().GetResultAsync(cancellationToken);
        var patched = patch(current.Value);
        list.Replace(current with { Value = patched });

        var keys = PersonMerger.KeysChanged(current.Value, patched);
        var loaded = await lists.LoadAllAsync(cancellationToken);
        var rebuilt = provenance.Attach(merger.Merge(loaded.Value, keys));
        Replace(before with { Value = before.Value.With(keys, rebuilt, ids) });
    }

    protected override async Task<Partial<PeopleDirectory>> FetchAsync(CancellationToken cancellationToken)
    {
        var loaded = await lists.LoadAllAsync(cancellationToken);
        return new Partial<PeopleDirectory>(
            await memo.GetOrBuildAsync([.. loaded.Value], () => new PeopleDirectory(provenance.Attach(merger.Merge(loaded.Value)), ids)), loaded.Failures);
    }
}
