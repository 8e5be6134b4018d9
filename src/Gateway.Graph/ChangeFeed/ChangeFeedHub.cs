using System.Runtime.CompilerServices;

namespace Gateway.Graph.ChangeFeed;

/// <summary>
/// Fans the log out to this instance's subscribers. One tail read per append (whoever appended, on any instance)
/// fills a window of recent entries; every subscriber that is caught up reads from that window, so an event reaches
/// a thousand subscribers with one log read, and a subscriber that is behind (a replay from an old cursor) pages
/// through the log itself until it reaches the window.
/// </summary>
public sealed class ChangeFeedHub
{
    private const int WindowSize = 1024;
    private const int PageSize = 256;

    private readonly IChangeLog _log;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lock _gate = new();
    // Entries strictly after _windowBase, contiguous in the log.
    private IReadOnlyList<ChangeLogEntry> _window = [];
    private string? _windowBase;
    private TaskCompletionSource _advanced = NewSignal();

    public ChangeFeedHub(IChangeLog log)
    {
        _log = log;
        _log.Appended += () => _ = RefreshAsync(CancellationToken.None);
    }

    /// <summary>Reads what was appended since the last refresh into the window and wakes the subscribers.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // The first refresh starts the window at the head; whoever waited before it re-reads from the log, which
            // may hold events appended before the window existed.
            var added = _windowBase is null;
            _windowBase ??= await _log.HeadAsync(cancellationToken);
            var tail = _window.Count > 0 ? _window[^1].Position : _windowBase;
            while (true)
            {
                var page = await _log.ReadAsync(tail, PageSize, cancellationToken);
                if (page.Entries.Count == 0)
                    break;
                lock (_gate)
                {
                    var window = _window.Concat(page.Entries).ToList();
                    if (window.Count > WindowSize)
                    {
                        _windowBase = window[window.Count - WindowSize - 1].Position;
                        window.RemoveRange(0, window.Count - WindowSize);
                    }
                    _window = window;
                }
                tail = page.Entries[^1].Position;
                added = true;
                if (page.Entries.Count < PageSize)
                    break;
            }
            if (added)
                Interlocked.Exchange(ref _advanced, NewSignal()).TrySetResult();
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The log is unreachable (Redis down): subscribers wait, and the next refresh catches up.
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>The position of the newest event: following from it gives only events appended later.</summary>
    public Task<string> HeadAsync(CancellationToken cancellationToken) => _log.HeadAsync(cancellationToken);

    /// <summary>
    /// The entries after <paramref name="afterPosition"/> (null: from now on) matching <paramref name="filter"/>, first
    /// the ones already in the log, then live ones as they are appended, until cancelled.
    /// </summary>
    /// <exception cref="ChangeCursorExpiredException">Events after the position were already dropped by retention.</exception>
    public async IAsyncEnumerable<ChangeLogEntry> FollowAsync(
        string? afterPosition, Func<ChangeEvent, bool> filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var position = afterPosition ?? await _log.HeadAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            // Taken before reading: an append between the read and the wait still wakes this loop.
            var advanced = Volatile.Read(ref _advanced).Task;
            var entries = FromWindow(position) ?? await FromLogAsync(position, cancellationToken);
            if (entries.Count == 0)
            {
                await advanced.WaitAsync(cancellationToken);
                continue;
            }
            foreach (var entry in entries)
            {
                position = entry.Position;
                if (filter(entry.Event))
                    yield return entry;
            }
        }
    }

    private IReadOnlyList<ChangeLogEntry>? FromWindow(string position)
    {
        lock (_gate)
        {
            if (_windowBase is null || ChangeCursor.Compare(position, _windowBase) < 0)
                return null;
            // Every subscriber does this on every append: halving, not scanning.
            return _window.Skip(ChangeCursor.IndexAfter(_window, position)).Take(PageSize).ToList();
        }
    }

    private async Task<IReadOnlyList<ChangeLogEntry>> FromLogAsync(string position, CancellationToken cancellationToken)
    {
        var page = await _log.ReadAsync(position, PageSize, cancellationToken);
        return page.Expired ? throw new ChangeCursorExpiredException() : page.Entries;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// A cursor older than what the log keeps: the events after it are gone. An <see cref="GraphQL.ExecutionError"/>, so
/// GraphQL.NET reports it with its message and code whether it ends a query or a subscription's stream.
/// </summary>
public sealed class ChangeCursorExpiredException : GraphQL.ExecutionError
{
    public const string ErrorCode = "CHANGE_CURSOR_EXPIRED";

    public ChangeCursorExpiredException()
        : base("The cursor is older than the change log's retention: events after it were dropped. Start again without `after` (and re-read the directory).")
    {
        Code = ErrorCode;
    }
}
