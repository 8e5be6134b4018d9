using Gateway.Graph.People;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.ChangeFeed;

/// <summary>What happened to a person between two snapshots of the merged directory.</summary>
public enum ChangeKind
{
    PersonAdded,
    PersonUpdated,
    PersonRemoved,
    TeamMembershipAdded,
    TeamMembershipRemoved,
    ConflictAppeared,
    ConflictResolved,
}

/// <summary>
/// A conflict of the person that appeared or was resolved: which field, what kind, and the one system concerned where
/// the kind names one (duplicate records, a missing account). The same triple identifies it from one snapshot to the next.
/// </summary>
public sealed record ConflictChange(Provenance.PersonField Field, Provenance.ConflictKind Kind, UpstreamName? System)
{
    public static ConflictChange Of(Provenance.PersonConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return new(conflict.Field, conflict.Kind, conflict.System);
    }
}

/// <summary>
/// One changed field of a person: its old and new value as text (JSON for lists and objects) and the upstream the
/// new value comes from (the old one's when the field was cleared). <see cref="Private"/> fields are contact data,
/// served only to callers holding <c>people:pii</c>.
/// </summary>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue, UpstreamName? Source, bool Private);

/// <summary>
/// One event of the change feed. <see cref="Id"/> is derived from the two snapshots and the change, so the same
/// transition gives the same id whichever instance saw it. <see cref="Person"/> is the person as of the event
/// (before removal for <see cref="ChangeKind.PersonRemoved"/>): delivering an event costs no upstream call.
/// </summary>
public sealed record ChangeEvent(
    string Id,
    ChangeKind Kind,
    DateTimeOffset OccurredAt,
    Person Person,
    IReadOnlyList<FieldChange> Changes,
    Team? Team = null,
    ConflictChange? Conflict = null);

/// <summary>An event as stored in the log, at its <see cref="Position"/> (a Redis stream id, <c>ms-seq</c>).</summary>
public sealed record ChangeLogEntry(string Position, ChangeEvent Event)
{
    /// <summary>The opaque cursor clients pass back as <c>after</c>.</summary>
    public string Cursor => ChangeCursor.Encode(Position);
}
