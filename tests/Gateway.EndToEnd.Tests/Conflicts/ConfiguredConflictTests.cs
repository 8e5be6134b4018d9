using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Conflicts;

/// <summary>The configurable parts on the seeded data: the merge policy a field follows, and the missing-account rule.</summary>
public sealed class ConfiguredConflictTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task MostRecentlyUpdatedLanguage_TheRehiredPersonsNewerRecordWins_AndTheConflictStays()
    {
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?> { ["Graph:Merge:Policy:language"] = "MostRecentlyUpdated" });

        var response = (await GatewayFixture.QueryAsync(instance.CreateClient(), """
            { personByEmail(email: "zara.okafor@zillum.com") { language provenance(field: LANGUAGE) { policy { kind } chosen { externalId value } } conflicts { kind field } } }
            """)).EnsureNoErrors();

        Assert.Equal("es", response.At("personByEmail.language").GetString());
        Assert.Equal("MOST_RECENTLY_UPDATED", response.At("personByEmail.provenance.policy.kind").GetString());
        Assert.Equal("11679451", response.At("personByEmail.provenance.chosen.externalId").GetString());
        Assert.Contains(response.At("personByEmail.conflicts").EnumerateArray(), c => c.GetProperty("field").GetString() == "LANGUAGE");
    }

    [Fact]
    public async Task MissingAccountRule_ActivePeopleV3PeopleWithoutAZohoPortalUser()
    {
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?> { ["Graph:Conflicts:RequireAccountIn:0"] = "zoho" });
        var client = instance.CreateClient();

        var response = (await GatewayFixture.QueryAsync(client, """
            { missing: people(first: 50, where: { conflicts: { some: { kind: { eq: MISSING_ACCOUNT } } } }) { totalCount nodes { conflicts { kind system } } }
              expected: people(first: 50, where: { accounts: { some: { source: { eq: PEOPLE_V3 }, active: { eq: true } }, none: { source: { eq: ZOHO_PROJECTS } } } }) { totalCount }
              conflictSummary { counts { kind count } } }
            """)).EnsureNoErrors();

        var missing = response.At("missing.totalCount").GetInt32();
        Assert.Equal(response.At("expected.totalCount").GetInt32(), missing);
        Assert.True(missing > 0);
        Assert.All(response.At("missing.nodes").EnumerateArray(), n => Assert.Contains(n.GetProperty("conflicts").EnumerateArray(),
            c => c.GetProperty("kind").GetString() == "MISSING_ACCOUNT" && c.GetProperty("system").GetString() == "ZOHO_PROJECTS"));
        Assert.Contains(response.At("conflictSummary.counts").EnumerateArray(),
            c => c.GetProperty("kind").GetString() == "MISSING_ACCOUNT" && c.GetProperty("count").GetInt32() == missing);
    }
}
