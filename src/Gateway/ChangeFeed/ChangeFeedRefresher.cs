using System.Threading.Channels;
using Gateway.Graph.ChangeFeed;
using Microsoft.Extensions.Options;

namespace Gateway.ChangeFeed;

/// <summary>
/// Detects changes: every <see cref="ChangeFeedOptions.PollInterval"/>, and at once after a write through the gateway,
/// reads the merged directory, diffs it against the stored baseline and commits the events with the new baseline.
/// The first poll against an empty store only records the baseline (no "everyone was added" burst). A round in which
/// any upstream list fails is skipped: a partial directory would read as people being removed.
/// </summary>
internal sealed partial class ChangeFeedRefresher(
    IChangeFeedSnapshotSource source, IChangeLog log, IChangeFeedLocks locks, ChangeFeedHub hub,
    IOptions<ChangeFeedOptions> options, TimeProvider clock, ILogger<ChangeFeedRefresher> logger) : BackgroundService
{
    // How long a write's refresh waits for another instance's poll to finish: that poll may have read before the write.
    private static readonly TimeSpan WriteLockWait = TimeSpan.FromSeconds(5);
    private const string PollLockName = "poll";
    private readonly Channel<bool> _writes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a poll now (after a write); requests made while one is pending are coalesced.</summary>
    public void RequestRefresh() => _writes.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        var afterWrite = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(afterWrite, stoppingToken);
                // Catches up on appends whose pub/sub notice was lost (Redis reconnecting).
                await hub.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogPollFailed(error.GetType().Name);
            }
            afterWrite = await WaitAsync(stoppingToken);
        }
    }

    // True when woken by a write, false when the interval passed.
    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        interval.CancelAfter(options.Value.PollInterval);
        try
        {
            await _writes.Reader.ReadAsync(interval.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task PollAsync(bool afterWrite, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + WriteLockWait;
        var hold = options.Value.LockTimeout;
        var held = await locks.TryAcquireAsync(PollLockName, hold, cancellationToken);
        while (held is null && afterWrite && clock.GetUtcNow() < deadline)
        {
            await Task.Delay(50, cancellationToken);
            held = await locks.TryAcquireAsync(PollLockName, hold, cancellationToken);
        }
        if (held is null)
            return;
        await using (held)
        {
            var baseline = await log.GetBaselineAsync(cancellationToken);
            DirectorySnapshot current;
            try
            {
                current = await source.ReadAsync(cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                LogRoundSkipped(error.GetType().Name);
                return;
            }
            if (baseline is not null && baseline.Digest == current.Digest)
                return;
            var events = baseline is null ? [] : SnapshotDiff.Diff(baseline.Snapshot, baseline.Digest, current, clock.GetUtcNow());
            if (!await log.CommitAsync(baseline?.Digest, current, events, cancellationToken))
                LogCommitRaced();
            else if (events.Count > 0)
                LogCommitted(events.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed poll skipped: an upstream list could not be read ({ErrorType}); the next poll retries.")]
    private partial void LogRoundSkipped(string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed poll failed ({ErrorType}); the next poll retries.")]
    private partial void LogPollFailed(string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed: another instance committed the same change first; nothing appended.")]
    private partial void LogCommitRaced();

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed: {Count} events appended.")]
    private partial void LogCommitted(int count);
}
