using System.Security.Cryptography;
using System.Text;
using Gateway.Graph.People;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// Turns two successive directory snapshots into events, ordered by person key then kind, so the same pair of
/// snapshots gives the same events, with the same ids, on every instance.
/// </summary>
public static class SnapshotDiff
{
    public static IReadOnlyList<ChangeEvent> Diff(DirectorySnapshot before, string beforeDigest, DirectorySnapshot after, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.People.ToDictionary(p => p.Person.Key, StringComparer.Ordinal);
        var current = after.People.ToDictionary(p => p.Person.Key, StringComparer.Ordinal);
        var events = new List<ChangeEvent>();
        Person? lastPerson = null, lastStored = null;
        foreach (var key in old.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(key);
            var now_ = current.GetValueOrDefault(key);
            if (was is null)
            {
                events.Add(Event(ChangeKind.PersonAdded, now_!.Person, Changes(null, now_)));
                events.AddRange(now_.Teams.Select(t => Event(ChangeKind.TeamMembershipAdded, now_.Person, [], t)));
            }
            else if (now_ is null)
            {
                events.AddRange(was.Teams.Select(t => Event(ChangeKind.TeamMembershipRemoved, was.Person, [], t)));
                events.Add(Event(ChangeKind.PersonRemoved, was.Person, Changes(was, null)));
            }
            else
            {
                var changes = Changes(was, now_);
                if (changes.Count > 0)
                    events.Add(Event(ChangeKind.PersonUpdated, now_.Person, changes));
                var wasTeams = was.Teams.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
                var nowTeams = now_.Teams.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
                events.AddRange(now_.Teams.Where(t => !wasTeams.Contains(t.Key)).Select(t => Event(ChangeKind.TeamMembershipAdded, now_.Person, [], t)));
                events.AddRange(was.Teams.Where(t => !nowTeams.Contains(t.Key)).Select(t => Event(ChangeKind.TeamMembershipRemoved, now_.Person, [], t)));
            }

            // A person who appears brings their conflicts, one who goes takes them along.
            var wasConflicts = was?.Conflicts ?? [];
            var nowConflicts = now_?.Conflicts ?? [];
            var person = (now_ ?? was)!.Person;
            events.AddRange(nowConflicts.Except(wasConflicts).Select(c => Event(ChangeKind.ConflictAppeared, person, [], conflict: c)));
            events.AddRange(wasConflicts.Except(nowConflicts).Select(c => Event(ChangeKind.ConflictResolved, person, [], conflict: c)));
        }
        return events;

        ChangeEvent Event(ChangeKind kind, Person person, IReadOnlyList<FieldChange> changes, Teams.Team? team = null, ConflictChange? conflict = null) =>
            new(EventId(beforeDigest, kind, person.Key, team?.Key ?? Describe(conflict), changes), kind, now, Stored(person), changes, team, conflict);

        // Events keep the person as stored (the sources of the changes are already decided from the field merges); one
        // copy for all the events of a person.
        Person Stored(Person person) => ReferenceEquals(person, lastPerson) ? lastStored! : lastStored = StoredPerson.Of(lastPerson = person);
    }

    private static string? Describe(ConflictChange? conflict) =>
        conflict is null ? null : $"{conflict.Field}/{conflict.Kind}/{conflict.System?.Code}";

    private static List<FieldChange> Changes(SnapshotPerson? before, SnapshotPerson? after)
    {
        var changes = new List<FieldChange>();
        foreach (var field in PersonFields.All)
        {
            var oldValue = before is null ? null : field.Value(before.Person);
            var newValue = after is null ? null : field.Value(after.Person);
            if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
                continue;
            var source = newValue is not null ? after!.SourceOf(field.Name) : before!.SourceOf(field.Name);
            changes.Add(new FieldChange(field.Name, oldValue, newValue, source, field.Private));
        }
        return changes;
    }

    // The baseline's digest makes the id unique per transition: the same field changing back later is a new event.
    private static string EventId(string beforeDigest, ChangeKind kind, string personKey, string? teamKey, IReadOnlyList<FieldChange> changes)
    {
        var text = new StringBuilder().Append(beforeDigest).Append('\n').Append(kind).Append('\n').Append(personKey).Append('\n').Append(teamKey);
        foreach (var change in changes)
            text.Append('\n').Append(change.Field).Append('=').Append(change.NewValue);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
