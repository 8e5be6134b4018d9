using PeopleGraph.Client;

namespace Gateway.Client.Tests;

/// <summary>A mutation through the generated client: typed input, typed payload, and typed errors from the union.</summary>
public sealed class MutationTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    [Fact]
    public async Task InviteUser_ValidInput_ReturnsTheMergedPerson()
    {
        var result = await fixture.PeopleGraph.InviteUser.ExecuteAsync(
            new InviteUserInput { Email = "new.hire@zillum.com", FirstName = "New", LastName = "Hire", Role = "guest" });

        result.EnsureNoErrors();
        var payload = result.Data!.InviteUser;
        Assert.Null(payload.Errors);
        Assert.Equal("new.hire@zillum.com", payload.Person!.Email);
        var account = Assert.Single(payload.Person.Accounts);
        Assert.Equal(SourceSystem.Worksection, account.Source);
        Assert.Equal("guest", account.Role);
    }

    [Fact]
    public async Task InviteUser_RoleNotAllowed_ReturnsTheTypedError()
    {
        var result = await fixture.PeopleGraph.InviteUser.ExecuteAsync(
            new InviteUserInput { Email = "someone.else@zillum.com", Role = "owner" });

        result.EnsureNoErrors();
        Assert.Null(result.Data!.InviteUser.Person);
        var error = Assert.IsAssignableFrom<IInviteUser_InviteUser_Errors_RoleNotAllowedError>(Assert.Single(result.Data.InviteUser.Errors!));
        Assert.Equal("owner", error.Role);
        Assert.Contains("guest", error.AllowedRoles);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }
}
