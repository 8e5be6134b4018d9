using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

public sealed class RelationTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly string AnchorQuery = $$"""
        { personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") {
            id teams { id name kind source members { email } }
            projects { id name source members { role rate active person { email } } }
            projectMemberships { role project { name } } } }
        """;

    [Fact]
    public async Task AnchorTeams_IncludeAWorksectionTeamAndAPeopleV3Group_WhoseMembersIncludeHer()
    {
        var response = await gateway.QueryAsync(AnchorQuery);

        response.EnsureNoErrors();
        var teams = response.At("personByEmail.teams").EnumerateArray().ToList();
        Assert.Contains(teams, t => t.GetProperty("source").GetString() == "WORKSECTION");
        Assert.Contains(teams, t => t.GetProperty("source").GetString() == "PEOPLE_V3" && t.GetProperty("kind").GetString() == "GROUP");
        Assert.All(teams, t => Assert.Contains(t.GetProperty("members").EnumerateArray(),
            m => m.GetProperty("email").GetString() == EmulatorSeed.AnchorEmail));
    }

    [Fact]
    public async Task AnchorProjects_IncludeTwoZohoAndOnePeopleV3Project_WhoseMembersIncludeHer()
    {
        var response = await gateway.QueryAsync(AnchorQuery);

        response.EnsureNoErrors();
        var projects = response.At("personByEmail.projects").EnumerateArray().ToList();
        Assert.True(projects.Count(p => p.GetProperty("source").GetString() == "ZOHO_PROJECTS") >= 2);
        Assert.True(projects.Count(p => p.GetProperty("source").GetString() == "PEOPLE_V3") >= 1);
        Assert.All(projects, p => Assert.Contains(p.GetProperty("members").EnumerateArray(),
            m => m.GetProperty("person").GetProperty("email").GetString() == EmulatorSeed.AnchorEmail));
        var zohoMembers = projects.Where(p => p.GetProperty("source").GetString() == "ZOHO_PROJECTS")
            .SelectMany(p => p.GetProperty("members").EnumerateArray()).ToList();
        Assert.All(zohoMembers, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("role").GetString())));
        Assert.Contains(zohoMembers, m => m.GetProperty("rate").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task TeamById_And_ProjectById_ResolveTheSameObjects()
    {
        var anchor = (await gateway.QueryAsync(AnchorQuery)).At("personByEmail");
        var teamId = anchor.GetProperty("teams")[0].GetProperty("id").GetString();
        var projectId = anchor.GetProperty("projects")[0].GetProperty("id").GetString();

        var response = await gateway.QueryAsync(
            "query($t: ID!, $p: ID!) { team(id: $t) { id name } project(id: $p) { id name } node(id: $p) { __typename } }",
            new { t = teamId, p = projectId });

        response.EnsureNoErrors();
        Assert.Equal(teamId, response.At("team.id").GetString());
        Assert.Equal(projectId, response.At("project.id").GetString());
        Assert.Equal("Project", response.At("node.__typename").GetString());
    }

    [Fact]
    public async Task ContactFolders_AndContactFolder_PointAtEachOther()
    {
        var response = await gateway.QueryAsync(
            "{ contactFolders { id title kind contacts { email folder { title } } } contacts(first: 50) { totalCount nodes { folder { title } } } }");

        response.EnsureNoErrors();
        var folders = response.At("contactFolders").EnumerateArray().ToList();
        Assert.Contains(folders, f => f.GetProperty("kind").GetString() == "PRESET");
        var filed = folders.SelectMany(f => f.GetProperty("contacts").EnumerateArray()
            .Select(c => (Folder: f.GetProperty("title").GetString(), ContactFolder: c.GetProperty("folder").GetProperty("title").GetString()))).ToList();
        Assert.NotEmpty(filed);
        Assert.All(filed, x => Assert.Equal(x.Folder, x.ContactFolder));
        Assert.Equal(filed.Count, response.At("contacts.totalCount").GetInt32());
    }

    [Fact]
    public async Task ContactAndFolderIds_ResolveThroughNode()
    {
        var contacts = await gateway.QueryAsync("{ contacts(first: 1) { nodes { id email folder { id } } } }");
        var contact = contacts.At("contacts.nodes.0");

        var response = await gateway.QueryAsync(
            "query($c: ID!, $f: ID!) { nodes(ids: [$c, $f]) { __typename ... on Contact { email } ... on ContactFolder { title } } }",
            new { c = contact.GetProperty("id").GetString(), f = contact.GetProperty("folder").GetProperty("id").GetString() });

        response.EnsureNoErrors();
        Assert.Equal("Contact", response.At("nodes.0.__typename").GetString());
        Assert.Equal(contact.GetProperty("email").GetString(), response.At("nodes.0.email").GetString());
        Assert.Equal("ContactFolder", response.At("nodes.1.__typename").GetString());
    }

    [Fact]
    public async Task Upstreams_AllReachable_OnAHealthySeed()
    {
        var response = await gateway.QueryAsync("{ upstreams { name source reachable errorCode } }");

        response.EnsureNoErrors();
        var upstreams = response.At("upstreams").EnumerateArray().ToList();
        Assert.Equal(["worksection", "zoho", "peoplev3"], upstreams.Select(u => u.GetProperty("name").GetString()));
        Assert.All(upstreams, u => Assert.True(u.GetProperty("reachable").GetBoolean()));
    }
}
