using Gateway.Emulators;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests;

/// <summary>
/// A portal past one Zoho page (1,000 seeded people: 538 Zoho portal users): the graph shows every one of them, and
/// each page is a counted call. A second request, the size known, asks for the same pages at once.
/// </summary>
public sealed class ZohoPagingGraphTests(ZohoPagingGraphTests.LargePortal gateway) : IClassFixture<ZohoPagingGraphTests.LargePortal>
{
    private const string PortalUsers = "GET /portal/{portalId}/users/";

    [Fact]
    public async Task PeopleInZoho_AllPortalUsersShown_ThreePagesThreeCalls()
    {
        const string query = "{ people(first: 1, where: { accounts: { some: { source: { eq: ZOHO_PROJECTS } } } }) { totalCount } }";

        await gateway.Control.ResetAsync();
        var first = await gateway.QueryAsync(query);
        var firstStats = await gateway.Control.GetStatsAsync();
        await gateway.Control.ResetAsync();
        var second = await gateway.QueryAsync(query);
        var secondStats = await gateway.Control.GetStatsAsync();

        Assert.Equal(538, first.EnsureNoErrors().At("people.totalCount").GetInt32());
        Assert.Equal(538, second.EnsureNoErrors().At("people.totalCount").GetInt32());
        Assert.Equal(3, firstStats.Count(EmulatorUpstreams.Zoho, PortalUsers));
        Assert.Equal(3, secondStats.Count(EmulatorUpstreams.Zoho, PortalUsers));
        Assert.Equal(5, secondStats.Total);
    }

    public sealed class LargePortal : GatewayFixture
    {
        protected override EmulatorOptions EmulatorOptions => new() { People = 1000 };
    }
}
