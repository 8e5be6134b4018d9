using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace Gateway.EndToEnd.Tests;

/// <summary>
/// Whole responses for representative queries on the seeded data, kept under __snapshots__. The seed is
/// deterministic, so a changed snapshot is a changed answer: review it, then delete the old file to re-record.
/// </summary>
public sealed class ResultSnapshotTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public Task AnchorPerson_AllFields() => MatchAsync(Snapshot.FullName(), $$"""
        { personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") {
            id email firstName lastName displayName title department language active suspended timezoneOffsetHours
            phones { main office mobile home } addresses chats { service value } socials { service value }
            accounts { source externalId email title role active }
            teams { name kind source } projects { name source status } } }
        """);

    [Fact]
    public Task DirectoryFirstPage() => MatchAsync(Snapshot.FullName(), 
        "{ people(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { email displayName accounts { source } } } } }");

    [Fact]
    public Task TeamsWithMembers() => MatchAsync(Snapshot.FullName(), 
        "{ teams(first: 3, order: [{ name: ASC }]) { totalCount nodes { name kind source members { email } } } }");

    [Fact]
    public Task ProjectsWithMembers() => MatchAsync(Snapshot.FullName(), 
        "{ projects(first: 2, where: { source: { eq: ZOHO_PROJECTS } }, order: [{ name: ASC }]) { nodes { name status members { role rate active person { email } } } } }");

    [Fact]
    public Task ContactFolders() => MatchAsync(Snapshot.FullName(), "{ contactFolders { title kind contacts { email name title } } }");

    // Snapshooter finds the test name from the stack, which an awaited helper no longer shows: pass it in.
    private async Task MatchAsync(SnapshotFullName name, string query)
    {
        var response = (await gateway.QueryAsync(query)).EnsureNoErrors();
        var indented = JsonSerializer.Serialize(response.Root, new JsonSerializerOptions { WriteIndented = true });
        Snapshot.Match(indented, name);
    }
}
