using Gateway.Graph.Provenance;
using Gateway.Upstreams.Common;
using static Gateway.Graph.Tests.Provenance.Accounts;

namespace Gateway.Graph.Tests.Provenance;

public sealed class ConflictDetectorTests
{
    private static IReadOnlyList<PersonConflict> Detect(IReadOnlyList<AccountValues> accounts, IReadOnlyList<UpstreamName>? requireAccountIn = null) =>
        ConflictDetector.Detect(accounts, Fields(accounts), requireAccountIn ?? []);

    [Fact]
    public void EmailSpellings_DifferingOnlyInCaseAndSpaces_AreNoConflict()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: [(PersonField.Email, "patricia.boyle@zillum.com"), (PersonField.FirstName, "Patricia")]),
            Account(UpstreamName.ZohoProjects, "2", values: [(PersonField.Email, " Patricia.Boyle@Zillum.com "), (PersonField.FirstName, " patricia ")]),
            Account(UpstreamName.PeopleV3, "3", values: [(PersonField.Email, "PATRICIA.BOYLE@ZILLUM.COM"), (PersonField.FirstName, "PATRICIA")]),
        };

        Assert.Empty(Detect(accounts));
    }

    [Fact]
    public void DifferentTitles_AreOneValueMismatch_ListingEveryHolder()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.Title, "Head of Operations")),
            Account(UpstreamName.ZohoProjects, "2"),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.Title, "Operations  Lead")),
        };

        var conflict = Assert.Single(Detect(accounts));

        Assert.Equal((PersonField.Title, ConflictKind.ValueMismatch, (UpstreamName?)null), (conflict.Field, conflict.Kind, conflict.System));
        Assert.Equal(["1", "3"], conflict.Values.Select(v => v.ExternalId));
    }

    [Fact]
    public void InnerWhitespaceAndCase_AreNormalisedBeforeComparing()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.Title, "Operations   lead ")),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.Title, "Operations Lead")),
        };

        Assert.Empty(Detect(accounts));
    }

    [Fact]
    public void AFieldOnlyOneSystemHolds_IsNoConflict()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.Title, "Recruiter")),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.Title, null)),
        };

        Assert.Empty(Detect(accounts));
    }

    [Fact]
    public void UncomparedFields_NeverConflict()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.AvatarUrl, "https://ws.example/a.png")),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.AvatarUrl, "https://v3.example/a.png")),
        };

        Assert.Empty(Detect(accounts));
    }

    [Fact]
    public void SuspendedInPeopleV3_ActiveInZoho_IsAnActiveMismatch()
    {
        var accounts = new[] { Account(UpstreamName.ZohoProjects, "2", active: true), Account(UpstreamName.PeopleV3, "3", active: false) };

        var conflict = Assert.Single(Detect(accounts));

        Assert.Equal((PersonField.Active, ConflictKind.ActiveMismatch), (conflict.Field, conflict.Kind));
        Assert.Equal(["true", "false"], conflict.Values.Select(v => v.Value));
    }

    [Fact]
    public void TwoRecordsInOneSystem_AreADuplicateAccountOfThatSystem()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.Email, "amelia.garcia@zillum.com")),
            Account(UpstreamName.Worksection, "9", values: (PersonField.Email, "Amelia.garcia@zillum.com")),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.Email, "amelia.garcia@zillum.com")),
        };

        var conflict = Assert.Single(Detect(accounts));

        Assert.Equal((PersonField.Email, ConflictKind.DuplicateAccount, (UpstreamName?)UpstreamName.Worksection), (conflict.Field, conflict.Kind, conflict.System));
        Assert.Equal(["amelia.garcia@zillum.com", "Amelia.garcia@zillum.com"], conflict.Values.Select(v => v.Value));
    }

    [Fact]
    public void DuplicateRecordsThatDisagree_AreADuplicateAndAValueMismatch()
    {
        var accounts = new[]
        {
            Account(UpstreamName.PeopleV3, "3", values: [(PersonField.Language, "de"), (PersonField.TimezoneOffsetHours, "1")]),
            Account(UpstreamName.PeopleV3, "4", values: [(PersonField.Language, "es"), (PersonField.TimezoneOffsetHours, "2")]),
        };

        var conflicts = Detect(accounts);

        Assert.Equal(
            [(ConflictKind.ValueMismatch, PersonField.TimezoneOffsetHours), (ConflictKind.ValueMismatch, PersonField.Language), (ConflictKind.DuplicateAccount, PersonField.Email)],
            conflicts.Select(c => (c.Kind, c.Field)));
    }

    [Fact]
    public void MissingAccount_IsOffByDefault()
    {
        var accounts = new[] { Account(UpstreamName.PeopleV3, "3") };

        Assert.Empty(Detect(accounts));
    }

    [Fact]
    public void MissingAccount_WhenARuleRequiresIt_ForActivePeopleV3PeopleOnly()
    {
        IReadOnlyList<UpstreamName> rules = [UpstreamName.ZohoProjects, UpstreamName.Worksection];
        var active = new[] { Account(UpstreamName.PeopleV3, "3"), Account(UpstreamName.Worksection, "1") };
        var suspended = new[] { Account(UpstreamName.PeopleV3, "4", active: false) };
        var notInPeopleV3 = new[] { Account(UpstreamName.Worksection, "5") };

        var conflict = Assert.Single(Detect(active, rules));

        Assert.Equal((ConflictKind.MissingAccount, (UpstreamName?)UpstreamName.ZohoProjects), (conflict.Kind, conflict.System));
        Assert.Empty(Detect(suspended, rules));
        Assert.Empty(Detect(notInPeopleV3, rules));
    }

    [Fact]
    public void Conflicts_AreOrderedByKindThenField()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: [(PersonField.Title, "A"), (PersonField.LastName, "Stone")]),
            Account(UpstreamName.Worksection, "2", values: [(PersonField.Title, "A"), (PersonField.LastName, "Stone")]),
            Account(UpstreamName.PeopleV3, "3", active: false, values: [(PersonField.Title, "B"), (PersonField.LastName, "Brooks")]),
        };

        Assert.Equal(
            [(ConflictKind.ValueMismatch, PersonField.LastName), (ConflictKind.ValueMismatch, PersonField.Title),
                (ConflictKind.ActiveMismatch, PersonField.Active), (ConflictKind.DuplicateAccount, PersonField.Email)],
            Detect(accounts).Select(c => (c.Kind, c.Field)));
    }
}
