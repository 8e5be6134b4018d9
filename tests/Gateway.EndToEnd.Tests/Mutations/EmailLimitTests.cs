namespace Gateway.EndToEnd.Tests.Mutations;

/// <summary><c>Graph:Mutations:MaxEmailsPerCall</c> changes the limit of addProjectMembers.</summary>
public sealed class EmailLimitTests(EmailLimitTests.LimitOfTwo gateway) : IClassFixture<EmailLimitTests.LimitOfTwo>
{
    public sealed class LimitOfTwo : MutationFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Graph:Mutations:MaxEmailsPerCall"] = "2" };
    }

    [Fact]
    public async Task ConfiguredLimit_ThreeEmails_TooManyEmailsError_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("""
            mutation { addProjectMembers(input: { projectId: "1", emails: ["a@example.com", "b@example.com", "c@example.com"] }) {
                errors { ... on TooManyEmailsError { max count } } } }
            """);

        Assert.Equal(2, response.EnsureNoErrors().At("addProjectMembers.errors.0.max").GetInt32());
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }
}
