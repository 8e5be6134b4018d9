using Gateway.Graph.ChangeFeed;
using Gateway.Graph.People;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Testing;
using Gateway.Upstreams.PeopleV3;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>A cursor older than the log's retention is refused with a clear code, by the query and by a subscription.</summary>
public sealed class RetentionTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task CursorOlderThanRetention_IsRefused_ByChangesAndBySubscriptions()
    {
        // The refresher is off here: the log is filled through its own interface with more events than it keeps.
        await using var instance = gateway.CreateInstance(new Dictionary<string, string?> { ["ChangeFeed:MaxEvents"] = "100" });
        var client = instance.CreateClient();
        var log = instance.Services.GetRequiredService<IChangeLog>();
        var merger = instance.Services.GetRequiredService<PersonMerger>();
        DirectorySnapshot Directory(string title) =>
            new(merger.Merge([[PeopleV3Source.ToSourcePerson(Person(title))]]).Select(p => new SnapshotPerson(p, [])).ToList());
        var snapshot = Directory("Lead");
        var before = Directory("Engineer");
        var events = Enumerable.Range(0, 101).Select(i => SnapshotDiff.Diff(before, "baseline-" + i, snapshot, DateTimeOffset.UtcNow)[0]).ToList();
        Assert.True(await log.CommitAsync(null, snapshot, events, default));
        var dropped = ChangeCursor.Encode("0-0");

        var query = await GatewayFixture.QueryAsync(client, "query($after: String) { changes(first: 5, after: $after) { nodes { kind } } }", new { after = dropped });
        Assert.Equal(ChangeCursorExpiredException.ErrorCode, query.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());

        await using var sse = await SseSubscriber.StartAsync(client, "subscription($after: String) { personChanged(after: $after) { kind } }", new { after = dropped });
        var ended = await sse.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ChangeCursorExpiredException.ErrorCode, ended!.Value.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Null(await sse.NextAsync(TimeSpan.FromSeconds(10)));
    }

    private static PeopleV3Person Person(string title) =>
        new(1, "retention@example.com", "Rita", "Tension", title, null, [], null, null, null, null, "en", false, false, null, null, null, []);
}
