using Gateway.Emulators.Faults;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class TeamAndContactMutationTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task CreateTeam_ClientTeam_InPayloadAndInALaterTeamsQuery()
    {
        var response = (await gateway.QueryAsync("""
            mutation { createTeam(input: { name: "Acme Client", client: true }) { team { id name kind source } errors { __typename } } }
            """)).EnsureNoErrors();

        Assert.Equal("Acme Client", response.At("createTeam.team.name").GetString());
        Assert.Equal("CLIENT", response.At("createTeam.team.kind").GetString());
        var id = response.At("createTeam.team.id").GetString();
        var later = (await gateway.QueryAsync("query($id: ID!) { node(id: $id) { ... on Team { name } } }", new { id })).EnsureNoErrors();
        Assert.Equal("Acme Client", later.At("node.name").GetString());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUserGroup));
    }

    [Fact]
    public async Task CreateTeam_BlankName_RequiredFieldError_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("""mutation { createTeam(input: { name: "  " }) { team { id } errors { __typename ... on RequiredFieldError { field } } } }""");

        Assert.Equal("name", response.EnsureNoErrors().At("createTeam.errors.0.field").GetString());
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task CreateTeam_UpstreamDown_UpstreamError_OneCall()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { ErrorRate = 1, Operations = [WriteOperations.WorksectionAddUserGroup] });

        var response = await gateway.QueryAsync($$"""mutation { createTeam(input: { name: "X" }) { team { id } {{MutationFixture.ErrorSelection}} } }""");

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.EnsureNoErrors().At("createTeam.errors.0.code").GetString());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUserGroup));
    }

    [Fact]
    public async Task FolderThenContact_ContactIsInTheNewFolder_SameRequest()
    {
        var response = (await gateway.QueryAsync("""
            mutation {
              createContactFolder(input: { title: "Suppliers" }) { folder { title kind } }
              addContact(input: { email: "sam@supplier.example", name: "Sam Supply", folder: "suppliers", mobilePhone: "+1 555 0100" }) {
                contact { email name phones { mobile } folder { title } } errors { __typename } }
            }
            """)).EnsureNoErrors();

        Assert.Equal("FOLDER", response.At("createContactFolder.folder.kind").GetString());
        Assert.Equal("sam@supplier.example", response.At("addContact.contact.email").GetString());
        Assert.Equal("+1 555 0100", response.At("addContact.contact.phones.mobile").GetString());
        Assert.Equal("Suppliers", response.At("addContact.contact.folder.title").GetString());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddContact));
    }

    [Theory]
    [InlineData("bad email", "Sam", "InvalidEmailError")]
    [InlineData("sam@supplier.example", "", "RequiredFieldError")]
    public async Task AddContact_InvalidInput_NoCall(string email, string name, string error)
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("mutation($input: AddContactInput!) { addContact(input: $input) { contact { id } errors { __typename } } }",
            new { input = new { email, name } });

        Assert.Equal([error], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "addContact"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task AddContact_UnknownFolder_UnknownFolderError_NoWrite()
    {
        var response = await gateway.QueryAsync("""mutation { addContact(input: { email: "a@b.example", name: "A", folder: "Nope" }) { errors { __typename } } }""");

        Assert.Equal(["UnknownFolderError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "addContact"));
        Assert.Equal(0, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddContact));
    }

    [Fact]
    public async Task AddContactFailsOnce_UpstreamError_ExactlyOneCall()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.WorksectionAddContact] });

        var response = await gateway.QueryAsync($$"""mutation { addContact(input: { email: "a@b.example", name: "A" }) { contact { id } {{MutationFixture.ErrorSelection}} } }""");

        Assert.Equal(["UpstreamError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "addContact"));
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddContact));
    }

    [Fact]
    public async Task CreateContactFolder_FailsOnce_UpstreamError_ExactlyOneCall()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.WorksectionAddContactGroup] });

        var response = await gateway.QueryAsync($$"""mutation { createContactFolder(input: { title: "F" }) { folder { id } {{MutationFixture.ErrorSelection}} } }""");

        Assert.Equal(["UpstreamError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "createContactFolder"));
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddContactGroup));
    }
}
