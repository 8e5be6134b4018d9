using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.ChangeFeed;

/// <summary><c>changes</c>: the change log as a forward Relay connection, for catching up before (or instead of) subscribing.</summary>
public sealed class ChangeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<PersonChangeEventType, ChangeLogEntry>>>("changes")
            .Description("Person change events in log order, oldest first. Page forward with `first` and `after` (an event's or `pageInfo.endCursor`).")
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<PersonChangeEventFilterInputType>("where", "Only events matching this filter.")
            .ResolveAsync(async context =>
            {
                var options = context.PagingOptions();
                var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
                if (first < 0)
                    throw new PagingError(PagingError.NegativeCount, "`first` must not be negative.");
                if (first > options.MaxPageSize)
                    throw new PagingError(PagingError.MaxExceeded, $"`first` must not be above {options.MaxPageSize}.");
                var after = ChangeFeedArguments.After(context);
                var filter = ChangeFeedArguments.Where(context);
                var countAll = context.SubFields?.ContainsKey("totalCount") == true;
                var read = await context.Loader<ChangeLogReader>().ReadAsync(after, first, filter, countAll, context.CancellationToken);
                var edges = read.Page.Select(e => new Edge<ChangeLogEntry>(e.Cursor, e)).ToList();
                var pageInfo = new PageInfo(read.HasMore, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
                return new Connection<ChangeLogEntry>(edges, read.Page, pageInfo, read.TotalCount);
            });
    }
}

/// <summary>Pages through the log with a filter; the log is bounded by retention, so a count is bounded too.</summary>
public sealed class ChangeLogReader(IChangeLog log)
{
    private const int ReadSize = 500;

    public sealed record Result(IReadOnlyList<ChangeLogEntry> Page, bool HasMore, int TotalCount);

    public async Task<Result> ReadAsync(string? after, int first, Func<ChangeEvent, bool> filter, bool countAll, CancellationToken cancellationToken)
    {
        var page = new List<ChangeLogEntry>(first);
        var (matched, hasMore, position) = (0, false, after);
        while (true)
        {
            var read = await log.ReadAsync(position, ReadSize, cancellationToken);
            if (read.Expired)
                throw new ChangeCursorExpiredException();
            foreach (var entry in read.Entries.Where(e => filter(e.Event)))
            {
                matched++;
                if (page.Count < first) page.Add(entry);
                else hasMore = true;
            }
            if (read.Entries.Count < ReadSize || (hasMore && !countAll))
                return new Result(page, hasMore, matched);
            position = read.Entries[^1].Position;
        }
    }
}
