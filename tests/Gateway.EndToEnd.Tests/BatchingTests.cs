using System.Diagnostics;
using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

/// <summary>Each distinct upstream resource is fetched at most once per request, whatever the query's shape.</summary>
public sealed class BatchingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DirectoryPage_WithTeamsAndProjects_CallsEachResourceOnce()
    {
        var response = await gateway.QueryAsync("""
            { people(first: 50) { nodes { email accounts { source } teams { name members { email } }
              projects { members { person { email } } } } } }
            """);

        response.EnsureNoErrors();
        Assert.Equal(50, response.At("people.nodes").GetArrayLength());
        var stats = await gateway.Control.GetStatsAsync();
        DirectoryReads.AssertEachListReadOnce(stats, gateway.Emulators.Options.Projects);
    }

    [Fact]
    public async Task DirectoryPage_ListsThatDoNotNeedThePeopleLists_AreAskedForWithoutWaitingForThem()
    {
        // get_users does not answer until the read gives up (3 s here); the role, team and project lists must be
        // asked for meanwhile, at the root field, not once the people are resolved.
        await gateway.Control.SetFaultAsync(EmulatorUpstreams.Worksection,
            new FaultSettings { Hang = true, Operations = [Operations.WorksectionGetUsers] });
        var query = gateway.QueryAsync("{ people(first: 10) { nodes { accounts { role } teams { name } projectMemberships { project { name } } } } }");

        var asked = Stopwatch.StartNew();
        var stats = await gateway.Control.GetStatsAsync();
        while (!AllAsked(stats) && asked.Elapsed < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(20);
            stats = await gateway.Control.GetStatsAsync();
        }

        Assert.True(AllAsked(stats), "the role, team and project lists were not asked for while get_users was unanswered");
        Assert.False(query.IsCompleted);
        Assert.All((await query).Errors, error =>
            Assert.Equal("UPSTREAM_TIMEOUT", error.GetProperty("extensions").GetProperty("code").GetString()));

        static bool AllAsked(EmulatorStats stats) =>
            stats.Count(EmulatorUpstreams.PeopleV3, Operations.PeopleV3Roles) == 1
            && stats.Count(EmulatorUpstreams.Worksection, Operations.WorksectionGetUserGroups) == 1
            && stats.Count(EmulatorUpstreams.PeopleV3, Operations.PeopleV3Groups) == 1
            && stats.Count(EmulatorUpstreams.Zoho, Operations.ZohoProjects) == 1;
    }

    [Fact]
    public async Task PersonByEmail_CallsTheThreePeopleListsOnce()
    {
        var response = await gateway.QueryAsync($$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { email accounts { source } } }""");

        response.EnsureNoErrors();
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(3, stats.Total);
    }

    [Fact]
    public async Task TeamRoster_CallsGroupsAndPeopleOnce()
    {
        var response = await gateway.QueryAsync("{ teams(first: 50) { nodes { name members { email teams { name } } } } }");

        response.EnsureNoErrors();
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUserGroups));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3Groups));
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(5, stats.Total);
    }

    [Theory]
    [InlineData("WORKSECTION", Operations.WorksectionGetUserGroups)]
    [InlineData("PEOPLE_V3", Operations.PeopleV3Groups)]
    public async Task TeamById_AsksOnlyTheUpstreamItsIdNames_PlusThePeopleLists(string source, string groupsOperation)
    {
        var teamId = await TeamIdAsync(source);

        var response = await gateway.QueryAsync("query($id: ID!) { team(id: $id) { name members { email } } }", new { id = teamId });

        response.EnsureNoErrors();
        Assert.NotEmpty(response.At("team.members").EnumerateArray());
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count(source == "WORKSECTION" ? "worksection" : "peoplev3", groupsOperation));
        Assert.Equal(4, stats.Total);
    }

    [Fact]
    public async Task TeamByIdAndAllTeams_InOneRequest_AskEachGroupListOnce()
    {
        var teamId = await TeamIdAsync("WORKSECTION");

        var response = await gateway.QueryAsync(
            "query($id: ID!) { team(id: $id) { name } teams(first: 50) { totalCount } node(id: $id) { id } }", new { id = teamId });

        response.EnsureNoErrors();
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUserGroups));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3Groups));
        Assert.Equal(2, stats.Total);
    }

    [Fact]
    public async Task ContactsWithFolders_CallsContactsAndFoldersOnce()
    {
        var response = await gateway.QueryAsync(
            "{ contacts(first: 50) { nodes { email folder { title contacts { email } } } } contactFolders { title } }");

        response.EnsureNoErrors();
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetContacts));
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetContactGroups));
        Assert.Equal(2, stats.Total);
    }

    [Fact]
    public async Task AccountRoles_LoadPeopleV3RolesOnceOnlyWhenAsked()
    {
        await gateway.QueryAsync("{ people(first: 50) { nodes { accounts { source active } } } }");
        var withoutRoles = await gateway.Control.GetStatsAsync();
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("{ people(first: 50) { nodes { accounts { source role } } } }");

        response.EnsureNoErrors();
        var withRoles = await gateway.Control.GetStatsAsync();
        Assert.Equal(0, withoutRoles.Count("peoplev3", Operations.PeopleV3Roles));
        Assert.Equal(1, withRoles.Count("peoplev3", Operations.PeopleV3Roles));
    }

    [Fact]
    public async Task DeepQuery_PersonProjectsMembersTeams_StaysAtOneCallPerResource()
    {
        var response = await gateway.QueryAsync($$"""
            { personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { projects { name members { role person { email teams { name } projects { name } } } } } }
            """);

        response.EnsureNoErrors();
        var stats = await gateway.Control.GetStatsAsync();
        var projectCount = gateway.Emulators.Options.Projects;
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoProjects));
        Assert.Equal(projectCount, stats.Count("zoho", Operations.ZohoProjectUsers));
        Assert.Equal(6 + projectCount, stats.Total);
    }

    // A team id from the graph, with the emulator's counters zeroed afterwards.
    private async Task<string> TeamIdAsync(string source)
    {
        var teams = await gateway.QueryAsync("{ teams(first: 50) { nodes { id source } } }");
        var id = teams.At("teams.nodes").EnumerateArray().First(t => t.GetProperty("source").GetString() == source).GetProperty("id").GetString()!;
        await gateway.Control.ResetAsync();
        return id;
    }
}
