using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

public sealed class PagingFilteringSortingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task ForwardPages_WithCursors_VisitEveryPersonOnceInOrder()
    {
        var all = (await gateway.QueryAsync("{ people(first: 50) { totalCount nodes { email } } }")).EnsureNoErrors();
        var total = all.At("people.totalCount").GetInt32();
        var seen = new List<string>();
        string? after = null;
        bool hasNext;
        do
        {
            var page = (await gateway.QueryAsync(
                "query($after: String) { people(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { email } } } }",
                new { after })).EnsureNoErrors();
            seen.AddRange(page.At("people.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("email").GetString()!));
            hasNext = page.At("people.pageInfo.hasNextPage").GetBoolean();
            after = page.At("people.pageInfo.endCursor").GetString();
        }
        while (hasNext);

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task LastPage_BackwardsFromTheEnd_HasPreviousButNoNext()
    {
        var response = (await gateway.QueryAsync(
            "{ people(last: 3) { pageInfo { hasNextPage hasPreviousPage } nodes { email } } }")).EnsureNoErrors();

        Assert.Equal(3, response.At("people.nodes").GetArrayLength());
        Assert.False(response.At("people.pageInfo.hasNextPage").GetBoolean());
        Assert.True(response.At("people.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task EmptyResult_HasEmptyPageAndNullCursors()
    {
        var response = (await gateway.QueryAsync("""
            { people(where: { email: { eq: "nobody@nowhere.example" } }) { totalCount nodes { email } pageInfo { startCursor endCursor hasNextPage } } }
            """)).EnsureNoErrors();

        Assert.Equal(0, response.At("people.totalCount").GetInt32());
        Assert.Equal(0, response.At("people.nodes").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("people.pageInfo.endCursor").ValueKind);
    }

    [Theory]
    [InlineData("people(first: -1)", "PAGING_NEGATIVE_COUNT")]
    [InlineData("people(first: 2, last: 2)", "PAGING_FIRST_AND_LAST")]
    [InlineData("people(first: 51)", "PAGING_MAX_EXCEEDED")]
    [InlineData("people(first: 2, after: \"bm90LW91cnM=\")", "PAGING_INVALID_CURSOR")]
    public async Task InvalidPagingArguments_GiveAClearErrorAndNoUpstreamCall(string field, string code)
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync($"{{ {field} {{ nodes {{ email }} }} }}");

        var error = Assert.Single(response.Errors);
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task InvalidFilter_NullForContains_IsRefusedBeforeAnyUpstreamCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("{ people(where: { email: { contains: null } }) { totalCount } }");

        var error = Assert.Single(response.Errors);
        Assert.Equal("FILTER_NULL_VALUE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task Filter_AccountsSomeSource_KeepsOnlyPeopleWithAZohoAccount()
    {
        var response = (await gateway.QueryAsync("""
            { people(first: 50, where: { accounts: { some: { source: { eq: ZOHO_PROJECTS } } } }) { totalCount nodes { accounts { source } } } }
            """)).EnsureNoErrors();

        Assert.True(response.At("people.totalCount").GetInt32() > 0);
        Assert.All(response.At("people.nodes").EnumerateArray(), p =>
            Assert.Contains(p.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("source").GetString() == "ZOHO_PROJECTS"));
    }

    [Fact]
    public async Task Filter_AndOrContainsStartsWithIn_Combine()
    {
        var response = (await gateway.QueryAsync("""
            { people(first: 50, where: { or: [
                { email: { startsWith: "patricia." } },
                { and: [{ email: { contains: "@" } }, { email: { in: ["nobody@x.example"] } }] } ] }) { nodes { email } } }
            """)).EnsureNoErrors();

        var emails = response.At("people.nodes").EnumerateArray().Select(p => p.GetProperty("email").GetString()).ToList();
        Assert.Contains("patricia.boyle@zillum.com", emails);
        Assert.All(emails, e => Assert.StartsWith("patricia.", e));
    }

    [Fact]
    public async Task Filter_ActiveFalse_ReturnsOnlyInactivePeople()
    {
        var response = (await gateway.QueryAsync(
            "{ people(first: 50, where: { active: { eq: false } }) { totalCount nodes { active } } }")).EnsureNoErrors();

        Assert.True(response.At("people.totalCount").GetInt32() > 0);
        Assert.All(response.At("people.nodes").EnumerateArray(), p => Assert.False(p.GetProperty("active").GetBoolean()));
    }

    [Fact]
    public async Task Order_ByLastNameDescThenEmail_IsApplied()
    {
        var response = (await gateway.QueryAsync(
            "{ people(first: 50, order: [{ lastName: DESC }, { email: ASC }]) { nodes { lastName email } } }")).EnsureNoErrors();

        var rows = response.At("people.nodes").EnumerateArray()
            .Select(p => (Last: p.GetProperty("lastName").GetString() ?? "", Email: p.GetProperty("email").GetString()!)).ToList();
        var expected = rows.OrderByDescending(r => r.Last, StringComparer.Ordinal).ThenBy(r => r.Email, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Teams_FilterByKindAndOrderByName()
    {
        var response = (await gateway.QueryAsync(
            "{ teams(where: { kind: { in: [COMPANY, CLIENT] } }, order: [{ name: ASC }]) { nodes { name kind source } } }")).EnsureNoErrors();

        var teams = response.At("teams.nodes").EnumerateArray().ToList();
        Assert.NotEmpty(teams);
        Assert.All(teams, t => Assert.Equal("WORKSECTION", t.GetProperty("source").GetString()));
        var names = teams.Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Projects_FilterBySource_And_ContactsByFolder()
    {
        var response = (await gateway.QueryAsync("""
            { projects(first: 50, where: { source: { eq: ZOHO_PROJECTS } }) { totalCount nodes { name } }
              contacts(first: 50, where: { folderTitle: { neq: null } }, order: [{ email: DESC }]) { nodes { email } } }
            """)).EnsureNoErrors();

        Assert.Equal(gateway.Emulators.Options.Projects, response.At("projects.totalCount").GetInt32());
        var emails = response.At("contacts.nodes").EnumerateArray().Select(c => c.GetProperty("email").GetString()!).ToList();
        Assert.Equal(emails.OrderDescending(StringComparer.Ordinal), emails);
    }
}
