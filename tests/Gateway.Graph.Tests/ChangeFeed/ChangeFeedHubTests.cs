using Gateway.Graph.ChangeFeed;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Tests.ChangeFeed;

public sealed class ChangeFeedHubTests
{
    private static InMemoryChangeLog NewLog(int maxEvents = 1000) =>
        new(Options.Create(new ChangeFeedOptions { MaxEvents = maxEvents }), TimeProvider.System);

    private static ChangeEvent Event(string title) =>
        SnapshotDiff.Diff(Directories.Of(Directories.V3(1, "ada@example.com", "Before")), title, Directories.Of(Directories.V3(1, "ada@example.com", title)), DateTimeOffset.UtcNow)[0];

    [Fact]
    public async Task Follow_ReplaysAfterTheCursor_ThenDeliversLiveEvents_InOrder()
    {
        var log = NewLog();
        var hub = new ChangeFeedHub(log);
        await log.CommitAsync(null, Directories.Of(), [Event("one"), Event("two")], default);
        var first = (await log.ReadAsync(null, 1, default)).Entries[0];

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var follow = hub.FollowAsync(first.Position, _ => true, cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await follow.MoveNextAsync());
        Assert.Equal("two", follow.Current.Event.Changes[0].NewValue);
        var next = follow.MoveNextAsync().AsTask();
        await log.CommitAsync(DirectorySnapshot.DigestOf(Directories.Of().ToJson()), Directories.Of(Directories.V3(9, "x@example.com", "x")), [Event("three")], default);
        Assert.True(await next);
        Assert.Equal("three", follow.Current.Event.Changes[0].NewValue);
    }

    [Fact]
    public async Task CommitWithAStaleBaseline_AppendsNothing()
    {
        var log = NewLog();
        Assert.True(await log.CommitAsync(null, Directories.Of(), [], default));

        Assert.False(await log.CommitAsync(null, Directories.Of(), [Event("late")], default));
        Assert.Empty((await log.ReadAsync(null, 10, default)).Entries);
    }

    [Fact]
    public async Task CursorOlderThanRetention_IsExpired()
    {
        var log = NewLog(maxEvents: 100);
        var digest = (string?)null;
        for (var i = 0; i < 101; i++)
        {
            var snapshot = Directories.Of(Directories.V3(i, $"p{i}@example.com", "t"));
            Assert.True(await log.CommitAsync(digest, snapshot, [Event("e" + i)], default));
            digest = DirectorySnapshot.DigestOf(snapshot.ToJson());
        }

        Assert.True((await log.ReadAsync("0-0", 10, default)).Expired);
        var oldest = (await log.ReadAsync(null, 1, default)).Entries[0];
        Assert.False((await log.ReadAsync(oldest.Position, 10, default)).Expired);
        await Assert.ThrowsAsync<ChangeCursorExpiredException>(async () =>
        {
            await foreach (var _ in new ChangeFeedHub(log).FollowAsync("0-0", _ => true, default))
                break;
        });
    }
}
