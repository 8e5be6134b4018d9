using Gateway.Graph.Provenance;
using Gateway.Upstreams.Common;
using static Gateway.Graph.Tests.Provenance.Accounts;

namespace Gateway.Graph.Tests.Provenance;

public sealed class FieldProvenanceTests
{
    private static readonly DateTimeOffset Older = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Newer = Older.AddDays(30);

    [Fact]
    public void OrderedSources_TheFirstSourceHoldingTheMergedValue_IsChosen()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.Title, "Head of Operations")),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.Title, "Operations Lead")),
        };

        var provenance = FieldProvenance.Of(PersonField.Title, MergePolicy.Ordered(UpstreamName.PeopleV3, UpstreamName.Worksection), "Operations Lead", accounts);

        Assert.Equal("3", provenance.Chosen?.ExternalId);
        Assert.Equal([false, true], provenance.Values.Select(v => v.Chosen));
    }

    [Fact]
    public void MergedValue_ComparedAfterNormalisation_FindsItsRecord()
    {
        var accounts = new[] { Account(UpstreamName.ZohoProjects, "2", values: (PersonField.Email, " Patricia.Boyle@Zillum.com ")) };

        var provenance = FieldProvenance.Of(PersonField.Email, MergePolicies.Default.For(PersonField.Email), "patricia.boyle@zillum.com", accounts);

        Assert.Equal(" Patricia.Boyle@Zillum.com ", provenance.Chosen?.Value);
    }

    [Fact]
    public void NoRecordHoldsTheField_NothingIsChosen()
    {
        var provenance = FieldProvenance.Of(PersonField.Language, MergePolicies.Default.For(PersonField.Language), null, [Account(UpstreamName.Worksection, "1")]);

        Assert.Null(provenance.Chosen);
        Assert.Null(Assert.Single(provenance.Values).Value);
    }

    [Fact]
    public void MostRecentlyUpdated_RanksTimestampedRecordsNewestFirst_ThenTheOthersBySource()
    {
        var policy = new MergePolicy(MergePolicyKind.MostRecentlyUpdated, [UpstreamName.Worksection, UpstreamName.PeopleV3]);
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1"),
            Account(UpstreamName.PeopleV3, "3", updatedAt: Older),
            Account(UpstreamName.PeopleV3, "4", updatedAt: Newer),
            Account(UpstreamName.ZohoProjects, "2"),
        };

        Assert.Equal(["4", "3", "1"], policy.Rank(accounts).Select(a => a.ExternalId));
    }

    [Fact]
    public void OrderedSources_KeepsRecordsOfOneSourceInListedOrder_AndLeavesOutUnnamedSources()
    {
        var policy = MergePolicy.Ordered(UpstreamName.PeopleV3, UpstreamName.Worksection);
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1"),
            Account(UpstreamName.PeopleV3, "3", updatedAt: Older),
            Account(UpstreamName.PeopleV3, "4", updatedAt: Newer),
            Account(UpstreamName.ZohoProjects, "2"),
        };

        Assert.Equal(["3", "4", "1"], policy.Rank(accounts).Select(a => a.ExternalId));
    }

    [Theory]
    [InlineData(PersonField.Email, " A.B@X.com ", "a.b@x.com")]
    [InlineData(PersonField.Title, "  Ops \t Lead ", "OPS LEAD")]
    [InlineData(PersonField.Language, "EN", "EN")]
    [InlineData(PersonField.Title, "   ", null)]
    public void Normalize_TrimsCollapsesAndCaseFolds(PersonField field, string value, string? expected) =>
        Assert.Equal(expected, FieldValues.Normalize(field, value));
}
