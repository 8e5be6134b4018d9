using System.Diagnostics;
using System.Text.Json;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary><c>changes(after:)</c> returns the events after a cursor, exactly, page by page.</summary>
public sealed class ChangesQueryTests(ChangeFeedFixture gateway) : IClassFixture<ChangeFeedFixture>
{
    // Updates only: a new title in People v3 that Worksection does not share also makes a CONFLICT_APPEARED event.
    private const string Changes =
        "query($after: String, $first: Int) { changes(first: $first, after: $after, where: { kind: { eq: PERSON_UPDATED } }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { cursor kind person { email } changes { field newValue } } } } }";

    [Fact]
    public async Task ChangesAfterCursor_ReturnsExactlyTheLaterEvents_InLogOrder()
    {
        var before = await ChangeFeedFixture.LatestCursorAsync(gateway.Client);
        var titles = new[] { "First " + Guid.NewGuid().ToString("N")[..6], "Second " + Guid.NewGuid().ToString("N")[..6], "Third " + Guid.NewGuid().ToString("N")[..6] };
        for (var i = 0; i < titles.Length; i++)
            await ChangeFeedFixture.ChangeTitleInPeopleV3Async(gateway.Emulators, titles[i], index: 10 + i);

        var all = await WaitForEventsAsync(before, titles.Length);
        Assert.Equal(titles.Order(), all.Select(e => TitleOf(e.GetProperty("node"))).Order());

        var first = (await gateway.QueryAsync(Changes, new { after = before, first = 2 })).EnsureNoErrors().At("changes");
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var rest = (await gateway.QueryAsync(Changes, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString(), first = 2 }))
            .EnsureNoErrors().At("changes");
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(1, rest.GetProperty("totalCount").GetInt32());

        var paged = first.GetProperty("edges").EnumerateArray().Concat(rest.GetProperty("edges").EnumerateArray()).ToList();
        Assert.Equal(all.Select(e => e.GetProperty("cursor").GetString()), paged.Select(e => e.GetProperty("cursor").GetString()));
        Assert.All(paged, e => Assert.Equal(e.GetProperty("cursor").GetString(), e.GetProperty("node").GetProperty("cursor").GetString()));
    }

    [Fact]
    public async Task ForeignCursor_IsRefusedWithPagingError_AndReadsNothing()
    {
        var response = await gateway.QueryAsync(Changes, new { after = "not-a-cursor", first = 5 });

        Assert.Equal("PAGING_INVALID_CURSOR", response.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<List<JsonElement>> WaitForEventsAsync(string? after, int count)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var edges = (await gateway.QueryAsync(Changes, new { after, first = 50 })).EnsureNoErrors().At("changes.edges").EnumerateArray().ToList();
            if (edges.Count >= count)
                return edges;
            if (clock.Elapsed > TimeSpan.FromSeconds(20))
                throw new TimeoutException($"{edges.Count} of {count} events arrived within 20 s.");
            await Task.Delay(100);
        }
    }

    private static string? TitleOf(JsonElement changeEvent) => Events.NewValue(changeEvent, "title");
}
