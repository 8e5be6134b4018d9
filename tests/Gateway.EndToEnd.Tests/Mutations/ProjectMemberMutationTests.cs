using Gateway.Emulators.Faults;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class ProjectMemberMutationTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    private const string Add = $$"""
        mutation($input: AddProjectMembersInput!) { addProjectMembers(input: $input) {
            project { id name } members { person { email } role rate active } {{MutationFixture.ErrorSelection}} } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task AddByGlobalProjectId_NewEmailsBecomeMembersAndPortalUsers_OneCall()
    {
        var (_, projectId) = await gateway.FirstZohoProjectAsync();

        var response = (await gateway.QueryAsync(Add, new { input = new
        {
            projectId, emails = new[] { "p.one@example.com", " P.Two@Example.com " }, role = "contractor", rate = 12.5m,
        } })).EnsureNoErrors();

        Assert.Equal(projectId, response.At("addProjectMembers.project.id").GetString());
        var members = response.At("addProjectMembers.members").EnumerateArray().ToList();
        Assert.Equal(["p.one@example.com", "p.two@example.com"], members.Select(m => m.GetProperty("person").GetProperty("email").GetString()).Order());
        Assert.All(members, m => Assert.Equal("contractor", m.GetProperty("role").GetString()));
        Assert.All(members, m => Assert.Equal(12.5m, m.GetProperty("rate").GetDecimal()));
        Assert.Equal(1, await gateway.CallsAsync("zoho", WriteOperations.ZohoAddProjectUsers));
        Assert.Equal((0, 1, 0), await gateway.RecordsAsync("p.two@example.com"));

        var later = (await gateway.QueryAsync("query($id: ID!) { project(id: $id) { members { person { email } } } }", new { id = projectId })).EnsureNoErrors();
        Assert.Contains(later.At("project.members").EnumerateArray(), m => m.GetProperty("person").GetProperty("email").GetString() == "p.one@example.com");
    }

    [Fact]
    public async Task AddByRawZohoId_Works()
    {
        var (externalId, projectId) = await gateway.FirstZohoProjectAsync();

        var response = (await gateway.QueryAsync(Add, new { input = new { projectId = externalId, emails = new[] { "raw@example.com" } } })).EnsureNoErrors();

        Assert.Equal(projectId, response.At("addProjectMembers.project.id").GetString());
        Assert.Equal("employee", response.At("addProjectMembers.members.0.role").GetString());
    }

    [Fact]
    public async Task EveryInputProblem_ReportedAtOnce_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Add, new { input = new { projectId = "nope", emails = new[] { "ok@example.com", "bad" }, role = "admin", rate = -1m } });

        Assert.Equal(["InvalidIdError", "InvalidEmailError", "RoleNotAllowedError", "InvalidRateError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "addProjectMembers"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task TooManyEmails_TooManyEmailsError_NoCall()
    {
        await gateway.Control.ResetAsync();
        var emails = Enumerable.Range(1, 21).Select(i => $"u{i}@example.com").ToArray();

        var response = await gateway.QueryAsync("mutation($input: AddProjectMembersInput!) { addProjectMembers(input: $input) { errors { ... on TooManyEmailsError { max count } } } }",
            new { input = new { projectId = "1", emails } });

        Assert.Equal(20, response.EnsureNoErrors().At("addProjectMembers.errors.0.max").GetInt32());
        Assert.Equal(21, response.At("addProjectMembers.errors.0.count").GetInt32());
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task UnknownZohoProject_UnknownProjectError()
    {
        var response = await gateway.QueryAsync(Add, new { input = new { projectId = "123", emails = new[] { "x@example.com" } } });

        Assert.Equal(["UnknownProjectError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "addProjectMembers"));
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync("x@example.com"));
    }

    [Fact]
    public async Task AddFailsOnce_UpstreamError_ExactlyOneCall_NoMember()
    {
        var (externalId, _) = await gateway.FirstZohoProjectAsync();
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.ZohoAddProjectUsers] });

        var response = await gateway.QueryAsync(Add, new { input = new { projectId = externalId, emails = new[] { "x@example.com" } } });

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.EnsureNoErrors().At("addProjectMembers.errors.0.code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("addProjectMembers.project").ValueKind);
        Assert.Equal(1, await gateway.CallsAsync("zoho", WriteOperations.ZohoAddProjectUsers));
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync("x@example.com"));
    }

    [Fact]
    public async Task UpdateRole_OfAMember_ShowsTheNewRole()
    {
        var (externalId, _) = await gateway.FirstZohoProjectAsync();
        (await gateway.QueryAsync(Add, new { input = new { projectId = externalId, emails = new[] { "m@example.com" } } })).EnsureNoErrors();

        var response = (await gateway.QueryAsync("""
            mutation($projectId: ID!) { updateProjectMemberRole(input: { projectId: $projectId, email: "m@example.com", role: "manager" }) {
                members { role } errors { __typename } } }
            """, new { projectId = externalId })).EnsureNoErrors();

        Assert.Equal("manager", response.At("updateProjectMemberRole.members.0.role").GetString());
        Assert.Equal(1, await gateway.CallsAsync("zoho", WriteOperations.ZohoUpdateProjectUser));
    }

    [Fact]
    public async Task UpdateRole_ZohoUserOutsideThatProject_UnknownPersonError_NoWrite()
    {
        var projects = (await gateway.QueryAsync("{ projects(first: 2) { nodes { externalId } } }")).EnsureNoErrors().At("projects.nodes");
        var (first, second) = (projects[0].GetProperty("externalId").GetString(), projects[1].GetProperty("externalId").GetString());
        (await gateway.QueryAsync(Add, new { input = new { projectId = first, emails = new[] { "m@example.com" } } })).EnsureNoErrors();

        var response = await gateway.QueryAsync("""
            mutation($projectId: ID!) { updateProjectMemberRole(input: { projectId: $projectId, email: "m@example.com", role: "manager" }) { errors { __typename ... on Error { message } } } }
            """, new { projectId = second });

        Assert.Equal(["UnknownPersonError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "updateProjectMemberRole"));
        Assert.Contains("not a member", response.At("updateProjectMemberRole.errors.0.message").GetString());
        Assert.Equal(0, await gateway.CallsAsync("zoho", WriteOperations.ZohoUpdateProjectUser));
    }

    [Fact]
    public async Task UpdateRole_NotAllowedRole_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("""mutation { updateProjectMemberRole(input: { projectId: "1", email: "m@example.com", role: "admin" }) { errors { __typename } } }""");

        Assert.Equal(["RoleNotAllowedError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "updateProjectMemberRole"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }
}
