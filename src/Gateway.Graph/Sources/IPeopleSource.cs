namespace Gateway.Graph.Sources;

/// <summary>An upstream that holds people: its whole list, normalised, merged with the others' by email.</summary>
public interface IPeopleSource : ISource
{
    /// <summary>
    /// Every person record the upstream lists, in its order. The same list instance while the upstream answers the
    /// same data, so the merge built from it is reused (see <c>DerivedSnapshotMemo</c>).
    /// </summary>
    Task<IReadOnlyList<SourcePerson>> GetPeopleAsync(CancellationToken cancellationToken);
}
