using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class InviteUserTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    private const string Invite = $$"""
        mutation($input: InviteUserInput!) { inviteUser(input: $input) {
            person { email firstName accounts { source role } } {{MutationFixture.ErrorSelection}} } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task NewEmail_CreatesOneWorksectionUser_AndThePayloadAndALaterQueryShowIt()
    {
        var response = await gateway.QueryAsync(Invite, new { input = new { email = " Nina.Olsen@Example.com ", firstName = "Nina", role = "guest" } });

        response.EnsureNoErrors();
        Assert.Equal("nina.olsen@example.com", response.At("inviteUser.person.email").GetString());
        var account = Assert.Single(response.At("inviteUser.person.accounts").EnumerateArray());
        Assert.Equal("WORKSECTION", account.GetProperty("source").GetString());
        Assert.Equal("guest", account.GetProperty("role").GetString());
        Assert.Empty(MutationFixture.ErrorTypes(response, "inviteUser"));
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));

        var later = (await gateway.QueryAsync("""{ personByEmail(email: "nina.olsen@example.com") { firstName } }""")).EnsureNoErrors();
        Assert.Equal("Nina", later.At("personByEmail.firstName").GetString());
        Assert.Equal((1, 0, 0), await gateway.RecordsAsync("nina.olsen@example.com"));
    }

    [Theory]
    [InlineData("not-an-email", "user", "InvalidEmailError")]
    [InlineData("ada@example", "user", "InvalidEmailError")]
    [InlineData("Ada <ada@example.com>", "user", "InvalidEmailError")]
    [InlineData("", "user", "RequiredFieldError")]
    [InlineData("ada@example.com", "admin", "RoleNotAllowedError")]
    public async Task InvalidInput_TypedError_AndNoUpstreamCall(string email, string role, string error)
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Invite, new { input = new { email, role } });

        response.EnsureNoErrors();
        Assert.Equal([error], MutationFixture.ErrorTypes(response, "inviteUser"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("inviteUser.person").ValueKind);
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task RoleNotAllowed_NamesTheAllowedRoles()
    {
        var response = await gateway.QueryAsync("""
            mutation { inviteUser(input: { email: "ada@example.com", role: "owner" }) {
                errors { ... on RoleNotAllowedError { role allowedRoles message } } } }
            """);

        var error = response.EnsureNoErrors().At("inviteUser.errors.0");
        Assert.Equal(["user", "guest", "reader"], error.GetProperty("allowedRoles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("user, guest, reader", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ExistingEmail_DuplicateEmailError_WithoutWriting()
    {
        var response = await gateway.QueryAsync(Invite, new { input = new { email = EmulatorSeed.AnchorZohoEmail } });

        Assert.Equal(["DuplicateEmailError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "inviteUser"));
        Assert.Equal(0, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    [Fact]
    public async Task UnknownTeam_UnknownTeamError_WithoutWriting()
    {
        var response = await gateway.QueryAsync(Invite, new { input = new { email = "ada@example.com", team = "No Such Team" } });

        Assert.Equal(["UnknownTeamError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "inviteUser"));
        Assert.Equal(0, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }

    [Fact]
    public async Task AddUserFailsOnce_UpstreamError_ExactlyOneCall_NothingWritten()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.WorksectionAddUser] });

        var response = await gateway.QueryAsync(Invite, new { input = new { email = "ada@example.com" } });

        var error = response.EnsureNoErrors().At("inviteUser.errors.0");
        Assert.Equal("UpstreamError", error.GetProperty("__typename").GetString());
        Assert.Equal("UPSTREAM_UNAVAILABLE", error.GetProperty("code").GetString());
        Assert.Equal("WORKSECTION", error.GetProperty("upstream").GetString());
        Assert.Equal("add_user", error.GetProperty("operation").GetString());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync("ada@example.com"));
    }

    [Fact]
    public async Task AddUserHangs_OutcomeUnknown_AdvisesToReadBeforeRetrying()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { Hang = true, Operations = [WriteOperations.WorksectionAddUser] });

        var response = await gateway.QueryAsync(Invite, new { input = new { email = "ada@example.com" } });

        var error = response.EnsureNoErrors().At("inviteUser.errors.0");
        Assert.Equal("UPSTREAM_OUTCOME_UNKNOWN", error.GetProperty("code").GetString());
        Assert.Contains("read the current state before retrying", error.GetProperty("message").GetString());
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
    }
}
