using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class PortalUserAndSubscriptionTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    private const string Subscribe = $$"""
        mutation($input: SubscribeToTaskInput!) { subscribeToTask(input: $input) { subscribed person { email } {{MutationFixture.ErrorSelection}} } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task DeactivateThenActivate_ByEmail_PersonShowsTheZohoState()
    {
        var off = (await gateway.QueryAsync($$"""
            mutation { deactivatePortalUser(input: { email: "{{EmulatorSeed.AnchorEmail}}" }) { person { accounts { source active } } errors { __typename } } }
            """)).EnsureNoErrors();
        Assert.False(ZohoAccount(off.At("deactivatePortalUser.person")).GetProperty("active").GetBoolean());

        var id = (await gateway.QueryAsync($$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { id } }""")).At("personByEmail.id").GetString();
        var on = (await gateway.QueryAsync("mutation($id: ID!) { activatePortalUser(input: { personId: $id }) { person { accounts { source active } } } }", new { id })).EnsureNoErrors();
        Assert.True(ZohoAccount(on.At("activatePortalUser.person")).GetProperty("active").GetBoolean());
        Assert.Equal(2, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
    }

    [Fact]
    public async Task Deactivate_NeitherIdNorEmail_RequiredFieldError_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("mutation { deactivatePortalUser(input: {}) { errors { __typename } } }");

        Assert.Equal(["RequiredFieldError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "deactivatePortalUser"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task Deactivate_NoZohoUser_UnknownPersonError_NoWrite()
    {
        var response = await gateway.QueryAsync("""mutation { deactivatePortalUser(input: { email: "nobody@example.com" }) { errors { __typename } } }""");

        Assert.Equal(["UnknownPersonError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "deactivatePortalUser"));
        Assert.Equal(0, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
    }

    [Fact]
    public async Task Deactivate_FailsOnce_UpstreamError_ExactlyOneCall()
    {
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.ZohoActivate] });

        var response = await gateway.QueryAsync($$"""mutation { deactivatePortalUser(input: { email: "{{EmulatorSeed.AnchorEmail}}" }) { {{MutationFixture.ErrorSelection}} } }""");

        Assert.Equal(["UpstreamError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "deactivatePortalUser"));
        Assert.Equal(1, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
    }

    [Fact]
    public async Task SubscribeThenUnsubscribe_TheSeededTask()
    {
        var subscribed = (await gateway.QueryAsync(Subscribe, new { input = new { projectId = "140000", taskId = "9100000", email = EmulatorSeed.AnchorZohoEmail } })).EnsureNoErrors();
        Assert.True(subscribed.At("subscribeToTask.subscribed").GetBoolean());
        Assert.Equal(EmulatorSeed.AnchorEmail, subscribed.At("subscribeToTask.person.email").GetString());

        var unsubscribed = (await gateway.QueryAsync("""
            mutation { unsubscribeFromTask(input: { projectId: "140000", taskId: "9100000", email: "patricia.boyle@zillum.com" }) { subscribed errors { __typename } } }
            """)).EnsureNoErrors();
        Assert.False(unsubscribed.At("unsubscribeFromTask.subscribed").GetBoolean());
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", WriteOperations.WorksectionSubscribe));
        Assert.Equal(1, stats.Count("worksection", WriteOperations.WorksectionUnsubscribe));
    }

    [Theory]
    [InlineData("project-1", "9100000", "a@example.com", "InvalidIdError")]
    [InlineData("140000", "9100000", "not an email", "InvalidEmailError")]
    public async Task Subscribe_InvalidInput_NoCall(string projectId, string taskId, string email, string error)
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(Subscribe, new { input = new { projectId, taskId, email } });

        Assert.Equal([error], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "subscribeToTask"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task Subscribe_NotAWorksectionUser_UnknownPersonError_NoWrite()
    {
        var response = await gateway.QueryAsync(Subscribe, new { input = new { projectId = "140000", taskId = "9100000", email = "nobody@example.com" } });

        Assert.Equal(["UnknownPersonError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "subscribeToTask"));
        Assert.Equal(0, await gateway.CallsAsync("worksection", WriteOperations.WorksectionSubscribe));
    }

    [Fact]
    public async Task Subscribe_FailsOnce_UpstreamError_ExactlyOneCall()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.WorksectionSubscribe] });

        var response = await gateway.QueryAsync(Subscribe, new { input = new { projectId = "140000", taskId = "9100000", email = EmulatorSeed.AnchorEmail } });

        Assert.Equal(["UpstreamError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "subscribeToTask"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("subscribeToTask.subscribed").ValueKind);
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionSubscribe));
    }

    private static System.Text.Json.JsonElement ZohoAccount(System.Text.Json.JsonElement person) =>
        person.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("source").GetString() == "ZOHO_PROJECTS");
}
