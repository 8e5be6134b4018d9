using Gateway.EndToEnd.Tests.Mutations;

namespace Gateway.EndToEnd.Tests;

/// <summary>Error messages quote a refused value only when it is plain visible text; hostile characters never come back.</summary>
public sealed class InputEchoTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RoleWithABidiOverride_RefusedWithoutEchoOrCall()
    {
        var response = await gateway.QueryAsync("""
            mutation($role: String) { inviteUser(input: { email: "ada@example.com", role: $role }) { errors { __typename ... on Error { message } } } }
            """, new { role = "\u202Eresu" });

        var error = response.EnsureNoErrors().At("inviteUser.errors.0");
        Assert.Equal("RoleNotAllowedError", error.GetProperty("__typename").GetString());
        Assert.DoesNotContain('\u202E', error.GetProperty("message").GetString()!);
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task NodeIdWithControlCharacters_InvalidIdWithoutEcho()
    {
        var response = await gateway.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = "abc\u0000\u202Edef" });

        var error = Assert.Single(response.Errors);
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.DoesNotContain("abc", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', message);
    }
}
