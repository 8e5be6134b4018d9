using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

public sealed class PeopleTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Anchor = EmulatorSeed.AnchorEmail;

    [Fact]
    public async Task AnchorPerson_InThreeUpstreamsWithOtherEmailCase_IsOnePersonWithThreeAccounts()
    {
        var response = await gateway.QueryAsync("""
            { people(first: 50, where: { email: { eq: "patricia.boyle@zillum.com" } }) {
                totalCount nodes { email title accounts { source email title active } } } }
            """);

        response.EnsureNoErrors();
        Assert.Equal(1, response.At("people.totalCount").GetInt32());
        var person = response.At("people.nodes.0");
        Assert.Equal(Anchor, person.GetProperty("email").GetString());
        var accounts = person.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(["WORKSECTION", "ZOHO_PROJECTS", "PEOPLE_V3"], accounts.Select(a => a.GetProperty("source").GetString()));
        Assert.Contains(accounts, a => a.GetProperty("email").GetString() == "PATRICIA.BOYLE@ZILLUM.COM");
        Assert.Contains(accounts, a => a.GetProperty("email").GetString()!.Contains(' '));
        // People v3 wins the title conflict; Worksection's title stays visible on its account.
        Assert.Equal("Operations Lead", person.GetProperty("title").GetString());
        Assert.Equal("Head of Operations", accounts[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task PersonByEmail_WithSpacesAndUpperCase_FindsTheSamePerson()
    {
        var response = await gateway.QueryAsync("""{ personByEmail(email: "  PATRICIA.Boyle@zillum.COM ") { email displayName } }""");

        response.EnsureNoErrors();
        Assert.Equal(Anchor, response.At("personByEmail.email").GetString());
    }

    [Fact]
    public async Task PersonByEmail_Unknown_IsNull()
    {
        var response = await gateway.QueryAsync("""{ personByEmail(email: "nobody@nowhere.example") { email } }""");

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("personByEmail").ValueKind);
    }

    [Fact]
    public async Task PersonByEmail_NotAnEmail_IsAClearArgumentError()
    {
        var response = await gateway.QueryAsync("""{ personByEmail(email: "   ") { email } }""");

        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("email", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task PersonId_RoundTripsThroughPersonNodeAndNodes()
    {
        var id = (await gateway.QueryAsync($$"""{ personByEmail(email: "{{Anchor}}") { id } }""")).At("personByEmail.id").GetString();

        var response = await gateway.QueryAsync("""
            query($id: ID!) { person(id: $id) { email } node(id: $id) { __typename id ... on Person { email } }
              nodes(ids: [$id, "bm9wZQ=="]) { id } }
            """, new { id });

        Assert.Equal(Anchor, response.At("person.email").GetString());
        Assert.Equal("Person", response.At("node.__typename").GetString());
        Assert.Equal(Anchor, response.At("node.email").GetString());
        Assert.Equal(id, response.At("nodes.0.id").GetString());
        Assert.Equal(JsonValueKind.Null, response.At("nodes.1").ValueKind);
        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["nodes", "1"], error.GetProperty("path").EnumerateArray().Select(p => p.ToString()));
    }

    [Fact]
    public async Task Person_WithAnIdOfAnotherType_IsAClearError()
    {
        var teamId = (await gateway.QueryAsync("{ teams(first: 1) { nodes { id } } }")).At("teams.nodes.0.id").GetString();

        var response = await gateway.QueryAsync("query($id: ID!) { person(id: $id) { email } }", new { id = teamId });

        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Node_WithAGarbageId_IsAClearError()
    {
        var response = await gateway.QueryAsync("""{ node(id: "not-an-id!") { id } }""");

        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PeopleInOneUpstreamOnly_AreStillPeople()
    {
        var response = await gateway.QueryAsync("{ people(first: 50) { totalCount nodes { accounts { source } } } }");

        response.EnsureNoErrors();
        var accountCounts = response.At("people.nodes").EnumerateArray().Select(p => p.GetProperty("accounts").GetArrayLength()).ToList();
        Assert.Contains(1, accountCounts);
        Assert.Contains(3, accountCounts);
    }
}
