using Gateway.Graph.ChangeFeed;
using Gateway.Graph.Provenance;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Tests.ChangeFeed;

public sealed class SnapshotDiffTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ChangedField_IsOneUpdate_WithOldAndNewValueAndSource()
    {
        var before = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"));
        var after = Directories.Of(Directories.V3(1, "ada@example.com", "Lead"));

        var change = Assert.Single(SnapshotDiff.Diff(before, "d1", after, Now));

        Assert.Equal(ChangeKind.PersonUpdated, change.Kind);
        var field = Assert.Single(change.Changes);
        Assert.Equal(new FieldChange("title", "Engineer", "Lead", UpstreamName.PeopleV3, Private: false), field);
        Assert.Equal("Lead", change.Person.Title);
    }

    [Fact]
    public void AddedAndRemovedPeople_AndMemberships_AreTheirOwnEvents_InKeyOrder()
    {
        var before = Directories.Of(Directories.V3(1, "bob@example.com", "Engineer", 7), Directories.V3(2, "cy@example.com", "Engineer"));
        var after = Directories.Of(Directories.V3(3, "ada@example.com", "Engineer"), Directories.V3(2, "cy@example.com", "Engineer", 7));

        var events = SnapshotDiff.Diff(before, "d1", after, Now);

        Assert.Equal(
            [("ada@example.com", ChangeKind.PersonAdded), ("bob@example.com", ChangeKind.TeamMembershipRemoved), ("bob@example.com", ChangeKind.PersonRemoved),
             ("cy@example.com", ChangeKind.TeamMembershipAdded)],
            events.Select(e => (e.Person.Key, e.Kind)));
        Assert.All(events.Where(e => e.Kind is ChangeKind.TeamMembershipAdded or ChangeKind.TeamMembershipRemoved), e => Assert.Equal("Design", e.Team!.Name));
    }

    [Fact]
    public void RemovedPerson_ReadBackFromAStoredBaseline_KeepsTheUpstreamOfEachClearedField()
    {
        var fresh = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"));
        var stored = DirectorySnapshot.FromJson(fresh.ToJson());

        var expected = Assert.Single(SnapshotDiff.Diff(fresh, "d1", Directories.Of(), Now));
        var removal = Assert.Single(SnapshotDiff.Diff(stored, "d1", Directories.Of(), Now));

        Assert.Equal(ChangeKind.PersonRemoved, removal.Kind);
        Assert.Equal(expected.Changes, removal.Changes);
        Assert.Contains(new FieldChange("title", "Engineer", null, UpstreamName.PeopleV3, Private: false), removal.Changes);
        // Every field with a value, and no other: Ada has no phone. Only `accounts` is not decided by the merge.
        Assert.DoesNotContain(removal.Changes, c => c.Field == "phones");
        Assert.Equal(["accounts"], removal.Changes.Where(c => c.Source is null).Select(c => c.Field));
    }

    [Fact]
    public void SameTransition_GivesTheSameIds_AnotherBaselineGivesOthers()
    {
        var before = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"));
        var after = Directories.Of(Directories.V3(1, "ada@example.com", "Lead"));

        var first = SnapshotDiff.Diff(before, "d1", after, Now);
        var again = SnapshotDiff.Diff(before, "d1", after, Now.AddSeconds(5));
        var later = SnapshotDiff.Diff(before, "d2", after, Now);

        Assert.Equal(first.Select(e => e.Id), again.Select(e => e.Id));
        Assert.NotEqual(first.Select(e => e.Id), later.Select(e => e.Id));
    }

    [Fact]
    public void EqualSnapshots_GiveNoEvents_AndEqualDigests()
    {
        var before = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"));
        var after = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"));

        Assert.Empty(SnapshotDiff.Diff(before, "d1", after, Now));
        Assert.Equal(DirectorySnapshot.DigestOf(before.ToJson()), DirectorySnapshot.DigestOf(after.ToJson()));
        Assert.Equal(before.ToJson(), DirectorySnapshot.FromJson(before.ToJson()).ToJson());
    }

    [Fact]
    public void Events_KeepThePersonWithoutFieldMerges_AndTheSourcesOfTheirChanges()
    {
        var before = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"));
        var after = Directories.Of(Directories.V3(1, "ada@example.com", "Lead", 7));

        var events = SnapshotDiff.Diff(before, "d1", after, Now);

        Assert.Equal([ChangeKind.PersonUpdated, ChangeKind.TeamMembershipAdded], events.Select(e => e.Kind).ToList());
        // What a log keeps for days: the person's fields, not the merges derived from every record.
        Assert.All(events, e => Assert.Empty(e.Person.Merge));
        Assert.Same(events[0].Person, events[1].Person);
        Assert.Equal(StoredPerson.Of(after.People[0].Person), events[0].Person);
        Assert.Equal(("title", UpstreamName.PeopleV3), (events[0].Changes[0].Field, events[0].Changes[0].Source));
    }

    [Fact]
    public void Digest_IsTheDigestOfTheStoredForm()
    {
        var before = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer"), Directories.V3(2, "cy@example.com", "Engineer", 7));
        var after = Directories.Of(Directories.V3(1, "ada@example.com", "Lead"), Directories.V3(2, "cy@example.com", "Engineer", 7));

        // Redis stores the bytes and their digest; the in-memory log and every poll use the streamed one: they must agree.
        Assert.Equal(DirectorySnapshot.DigestOf(before.ToJson()), before.Digest);
        Assert.Equal(DirectorySnapshot.DigestOf(after.ToJson()), after.Digest);
        Assert.NotEqual(before.Digest, after.Digest);
        Assert.Equal(before.Digest, DirectorySnapshot.FromJson(before.ToJson()).Digest);
    }

    [Fact]
    public void ConflictThatAppearsOrGoes_IsItsOwnEvent_AndSurvivesTheStoredBaseline()
    {
        var duplicate = new ConflictChange(PersonField.Email, ConflictKind.DuplicateAccount, UpstreamName.Worksection);
        var title = new ConflictChange(PersonField.Title, ConflictKind.ValueMismatch, null);
        var ada = Directories.Of(Directories.V3(1, "ada@example.com", "Engineer")).People.Single();
        var before = new DirectorySnapshot([ada with { Conflicts = [duplicate] }]);
        var after = new DirectorySnapshot([ada with { Conflicts = [title] }]);

        var events = SnapshotDiff.Diff(DirectorySnapshot.FromJson(before.ToJson()), "d1", after, Now);

        Assert.Equal(
            [(ChangeKind.ConflictAppeared, title), (ChangeKind.ConflictResolved, duplicate)],
            events.Select(e => (e.Kind, e.Conflict!)).ToList());
        Assert.All(events, e => Assert.Empty(e.Changes));
        Assert.NotEqual(events[0].Id, events[1].Id);
        Assert.Empty(SnapshotDiff.Diff(after, "d2", DirectorySnapshot.FromJson(after.ToJson()), Now));
    }
}
