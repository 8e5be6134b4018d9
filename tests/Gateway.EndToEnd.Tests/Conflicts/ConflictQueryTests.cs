using Gateway.Emulators.Seeding;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Conflicts;

/// <summary>The conflicts of the seeded data, read through the graph: exactly these, found without any extra upstream call.</summary>
public sealed class ConflictQueryTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    /// <summary>Every conflict of the default seed as "email KIND FIELD [SYSTEM]", in directory order.</summary>
    public static readonly string[] SeededConflicts =
    [
        "aisha.stone@zillum.com ACTIVE_MISMATCH ACTIVE",
        "amelia.garcia@zillum.com VALUE_MISMATCH TITLE",
        "amelia.garcia@zillum.com DUPLICATE_ACCOUNT EMAIL WORKSECTION",
        "elena.martinez@zillum.com ACTIVE_MISMATCH ACTIVE",
        "isla.haddad@zillum.com VALUE_MISMATCH LAST_NAME",
        "patricia.boyle@zillum.com VALUE_MISMATCH TITLE",
        "stella.brooks@zillum.com VALUE_MISMATCH TITLE",
        "zara.okafor@zillum.com VALUE_MISMATCH TIMEZONE_OFFSET_HOURS",
        "zara.okafor@zillum.com VALUE_MISMATCH LANGUAGE",
        "zara.okafor@zillum.com DUPLICATE_ACCOUNT EMAIL PEOPLE_V3",
    ];

    private const string DirectoryPage = "{ people(first: 50) { nodes { email displayName title active accounts { source externalId active } } } }";

    private const string DirectoryPageWithConflicts =
        "{ people(first: 50) { nodes { email displayName title active accounts { source externalId active } conflicts { kind field chosen values { source externalId value } } } } }";

    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SeededData_HasExactlyTheSeededConflicts()
    {
        var response = (await gateway.QueryAsync(
            "{ people(first: 50, where: { hasConflicts: { eq: true } }) { totalCount nodes { email conflicts { kind field system } } } }")).EnsureNoErrors();

        Assert.Equal(SeededConflicts, Lines(response.At("people.nodes")));
        Assert.Equal(7, response.At("people.totalCount").GetInt32());
    }

    [Fact]
    public async Task ConflictSummary_CountsPerKindAndField()
    {
        var response = (await gateway.QueryAsync("{ conflictSummary { people conflicts counts { kind field count } } }")).EnsureNoErrors();

        Assert.Equal(7, response.At("conflictSummary.people").GetInt32());
        Assert.Equal(SeededConflicts.Length, response.At("conflictSummary.conflicts").GetInt32());
        Assert.Equal(
            ["VALUE_MISMATCH LAST_NAME 1", "VALUE_MISMATCH TITLE 3", "VALUE_MISMATCH TIMEZONE_OFFSET_HOURS 1", "VALUE_MISMATCH LANGUAGE 1",
                "ACTIVE_MISMATCH ACTIVE 2", "DUPLICATE_ACCOUNT EMAIL 2"],
            response.At("conflictSummary.counts").EnumerateArray()
                .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("field").GetString()} {c.GetProperty("count").GetInt32()}"));
    }

    [Fact]
    public async Task FilterByKind_ListsThePeopleWithThatKindOnly()
    {
        var response = (await gateway.QueryAsync(
            "{ people(first: 50, where: { conflicts: { some: { kind: { eq: ACTIVE_MISMATCH } } } }) { nodes { email } } }")).EnsureNoErrors();

        Assert.Equal(
            SeededConflicts.Where(c => c.Contains(" ACTIVE_MISMATCH", StringComparison.Ordinal)).Select(c => c.Split(' ')[0]),
            response.At("people.nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task SortByConflictCount_MostConflictedFirst()
    {
        var response = (await gateway.QueryAsync(
            "{ people(first: 3, order: [{ conflictCount: DESC }, { email: ASC }]) { nodes { email } } }")).EnsureNoErrors();

        Assert.Equal(["zara.okafor@zillum.com", "amelia.garcia@zillum.com", "aisha.stone@zillum.com"],
            response.At("people.nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task EmailSpelledThreeWays_IsNoConflict_AndProvenanceShowsEachSpelling()
    {
        var response = (await gateway.QueryAsync($$"""
            { personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") {
                sources(field: EMAIL) { source value chosen }
                provenance(field: TITLE) { policy { kind sources } value chosen { source value } values { source value chosen } }
                conflicts { kind field } } }
            """)).EnsureNoErrors();

        Assert.Equal(
            [("WORKSECTION", EmulatorSeed.AnchorEmail, true), ("ZOHO_PROJECTS", EmulatorSeed.AnchorZohoEmail, false), ("PEOPLE_V3", EmulatorSeed.AnchorPeopleV3Email, false)],
            response.At("personByEmail.sources").EnumerateArray()
                .Select(v => (v.GetProperty("source").GetString(), v.GetProperty("value").GetString(), v.GetProperty("chosen").GetBoolean())));
        Assert.Equal("ORDERED_SOURCES", response.At("personByEmail.provenance.policy.kind").GetString());
        Assert.Equal(["PEOPLE_V3", "WORKSECTION", "ZOHO_PROJECTS"], response.At("personByEmail.provenance.policy.sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(EmulatorSeed.AnchorPeopleV3Title, response.At("personByEmail.provenance.chosen.value").GetString());
        Assert.Equal("PEOPLE_V3", response.At("personByEmail.provenance.chosen.source").GetString());
        Assert.Equal(["TITLE"], response.At("personByEmail.conflicts").EnumerateArray().Select(c => c.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task DirectoryPage_SelectingConflicts_AddsNoUpstreamCall()
    {
        (await gateway.QueryAsync(DirectoryPage)).EnsureNoErrors();
        var without = await gateway.Control.GetStatsAsync();
        await gateway.Control.ResetAsync();

        var response = (await gateway.QueryAsync(DirectoryPageWithConflicts)).EnsureNoErrors();
        var with = await gateway.Control.GetStatsAsync();

        // The three people lists, once each, with or without conflicts.
        Assert.Equal(3, without.Total);
        Assert.Equal(1, without.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, without.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, without.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(3, with.Total);
        Assert.Equal(1, with.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, with.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, with.Count("peoplev3", Operations.PeopleV3People));
        Assert.Contains(response.At("people.nodes").EnumerateArray(), n => n.GetProperty("conflicts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task ConflictListAndSummaryInOneRequest_ReadEachPeopleListOnce()
    {
        (await gateway.QueryAsync(
            "{ conflictSummary { conflicts } people(first: 50, where: { hasConflicts: { eq: true } }) { nodes { email conflicts { kind } } } }")).EnsureNoErrors();

        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(3, stats.Total);
    }

    internal static IEnumerable<string> Lines(System.Text.Json.JsonElement nodes) =>
        nodes.EnumerateArray().SelectMany(n => n.GetProperty("conflicts").EnumerateArray().Select(c =>
            string.Join(' ', new[] { n.GetProperty("email").GetString(), c.GetProperty("kind").GetString(), c.GetProperty("field").GetString(),
                c.TryGetProperty("system", out var s) ? s.GetString() : null }.Where(p => p is not null))));
}
