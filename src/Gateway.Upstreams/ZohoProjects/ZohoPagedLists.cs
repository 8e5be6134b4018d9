namespace Gateway.Upstreams.ZohoProjects;

/// <summary>
/// What the last read of each Zoho list showed: how many records it had (so the next read can ask for every page at
/// once) and the pages it was joined from (so unchanged pages give back the very same joined list, which is what
/// lets the graph skip re-merging an unchanged directory). Shared by all requests; the lists are immutable.
/// </summary>
public sealed class ZohoPagedLists
{
    // One entry per list path: the portal users, the projects and one per project's members. Past the bound the memo
    // starts over; a portal with more projects than this only reads page by page more often.
    private const int MaxEntries = 256;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Records the last read of <paramref name="listPath"/> held; null when it was never read.</summary>
    public int? LastCount(string listPath)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(listPath, out var entry) ? entry.Count : null;
        }
    }

    /// <summary>
    /// The pages as one list: the remembered one when every page is the same instance as last time, else a new one
    /// (remembered for next time). A single page is returned as it is.
    /// </summary>
    public IReadOnlyList<T> Join<T>(string listPath, IReadOnlyList<IReadOnlyList<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        lock (_gate)
        {
            if (_entries.TryGetValue(listPath, out var last) && last.Pages.Length == pages.Count
                && last.Pages.Select((page, i) => ReferenceEquals(page, pages[i])).All(same => same)
                && last.Joined is IReadOnlyList<T> remembered)
            {
                return remembered;
            }

            var joined = pages.Count == 1 ? pages[0] : pages.SelectMany(page => page).ToList();
            if (_entries.Count >= MaxEntries && !_entries.ContainsKey(listPath))
            {
                _entries.Clear();
            }

            _entries[listPath] = new Entry([.. pages], joined, joined.Count);
            return joined;
        }
    }

    private sealed record Entry(object[] Pages, object Joined, int Count);
}
