using Gateway.EndToEnd.Tests.Mutations;

namespace Gateway.EndToEnd.Tests;

/// <summary>
/// One email rule for queries and mutations: hostile emails are refused before any upstream call, and the message
/// names the argument without quoting it (the input could rewrite the text around it).
/// </summary>
public sealed class EmailValidationTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    public static TheoryData<string> HostileEmails => new()
    {
        "ada\0@example.com",
        "ada@exam\u202Eple.com",
        "ada\u200B@example.com",
        "ada\u0007@example.com",
        "\U0001F600@example.com",
        "ada@\U0001F600.example.com",
        "' OR 1=1 --",
        "' OR 1=1 --@example.com",
        "ada@example.com\nBcc: eve@example.com",
    };

    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(HostileEmails))]
    public async Task PersonByEmail_HostileEmail_RefusedWithoutCallsOrEcho(string email)
    {
        var response = await gateway.QueryAsync("query($email: String!) { personByEmail(email: $email) { email } }", new { email });

        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        AssertNoEcho(error.GetProperty("message").GetString()!, email);
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Theory]
    [MemberData(nameof(HostileEmails))]
    public async Task InviteUser_HostileEmail_InvalidEmailErrorWithoutCallsOrEcho(string email)
    {
        var response = await gateway.QueryAsync("""
            mutation($email: String!) { inviteUser(input: { email: $email }) { person { email } errors { __typename ... on Error { message } } } }
            """, new { email });

        var error = response.EnsureNoErrors().At("inviteUser.errors.0");
        Assert.Equal("InvalidEmailError", error.GetProperty("__typename").GetString());
        AssertNoEcho(error.GetProperty("message").GetString()!, email);
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Theory]
    [InlineData("o'brien@example.com")]
    [InlineData("zoë.müller@exämple.de")]
    [InlineData("first.last+tag@sub.example.co")]
    public async Task PersonByEmail_UnusualButValidEmail_IsLookedUp(string email)
    {
        var response = await gateway.QueryAsync("query($email: String!) { personByEmail(email: $email) { email } }", new { email });

        response.EnsureNoErrors();
        Assert.True(await gateway.TotalCallsAsync() > 0);
    }

    [Fact]
    public async Task ProjectMembers_OneHostileEmailAmongValidOnes_NamesItsPositionOnly()
    {
        var response = await gateway.QueryAsync("""
            mutation { addProjectMembers(input: { projectId: "1", emails: ["ada@example.com", "eve\u202E@example.com"] }) {
                errors { __typename ... on Error { message } } } }
            """);

        var error = Assert.Single(response.EnsureNoErrors().At("addProjectMembers.errors").EnumerateArray(),
            e => e.GetProperty("__typename").GetString() == "InvalidEmailError");
        Assert.Contains("emails[1]", error.GetProperty("message").GetString());
        AssertNoEcho(error.GetProperty("message").GetString()!, "eve\u202E@example.com");
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    private static void AssertNoEcho(string message, string input)
    {
        Assert.DoesNotContain(input.Trim(), message, StringComparison.Ordinal);
        Assert.DoesNotContain("1=1", message, StringComparison.Ordinal);
        Assert.False(message.Any(c => char.IsControl(c) || c == '\u202E' || char.IsSurrogate(c)), "the message carries a character of the input");
    }
}
