using Gateway.Graph.Provenance;
using Gateway.Upstreams.Common;
using static Gateway.Graph.Tests.Provenance.Accounts;

namespace Gateway.Graph.Tests.Provenance;

public sealed class FieldProvenanceTests
{
    private static readonly MergePolicy TitlePolicy = new(MergePolicyKind.OrderedSources, [UpstreamName.PeopleV3, UpstreamName.Worksection]);

    [Fact]
    public void ChosenRecord_IsMarked_AndEveryRecordIsListed()
    {
        var accounts = new[]
        {
            Account(UpstreamName.Worksection, "1", values: (PersonField.Title, "Head of Operations")),
            Account(UpstreamName.ZohoProjects, "2"),
            Account(UpstreamName.PeopleV3, "3", values: (PersonField.Title, "Operations Lead")),
        };

        var provenance = FieldProvenance.Of(PersonField.Title, TitlePolicy, "Operations Lead", accounts, (UpstreamName.PeopleV3, "3"));

        Assert.Equal("3", provenance.Chosen?.ExternalId);
        Assert.Equal([false, false, true], provenance.Values.Select(v => v.Chosen));
        Assert.Equal(["Head of Operations", null, "Operations Lead"], provenance.Values.Select(v => v.Value));
    }

    [Fact]
    public void NoRecordHoldsTheField_NothingIsChosen()
    {
        var provenance = FieldProvenance.Of(PersonField.Language, TitlePolicy, null, [Account(UpstreamName.Worksection, "1")], null);

        Assert.Null(provenance.Chosen);
        Assert.Null(Assert.Single(provenance.Values).Value);
    }

    [Theory]
    [InlineData("5.50", "5.5")]
    [InlineData("8", "8")]
    [InlineData("-3.500", "-3.5")]
    public void Format_DecimalsWithoutTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, FieldValues.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(PersonField.Email, " A.B@X.com ", "a.b@x.com")]
    [InlineData(PersonField.Title, "  Ops \t Lead ", "OPS LEAD")]
    [InlineData(PersonField.Language, "EN", "EN")]
    [InlineData(PersonField.Title, "   ", null)]
    public void Normalize_TrimsCollapsesAndCaseFolds(PersonField field, string value, string? expected) =>
        Assert.Equal(expected, FieldValues.Normalize(field, value));
}
