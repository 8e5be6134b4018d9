using Gateway.Graph.Filtering;
using Gateway.Graph.Relay;
using GraphQL;

namespace Gateway.Graph.ChangeFeed;

/// <summary>The <c>after</c> and <c>where</c> arguments shared by <c>changes</c> and <c>personChanged</c>, checked before any read.</summary>
internal static class ChangeFeedArguments
{
    private static readonly PersonChangeEventFilterInputType Filter = new();

    /// <summary>The log position of <c>after</c>, or null when absent.</summary>
    /// <exception cref="PagingError">A cursor this server did not issue.</exception>
    public static string? After(IResolveFieldContext context)
    {
        var cursor = context.GetArgument<string?>("after");
        if (cursor is null)
            return null;
        return ChangeCursor.TryDecode(cursor)
            ?? throw new PagingError(PagingError.InvalidCursor, "`after` is not a change cursor issued by this gateway: pass an event's `cursor` as is.");
    }

    /// <exception cref="FilterError">An invalid <c>where</c> argument.</exception>
    public static Func<ChangeEvent, bool> Where(IResolveFieldContext context) =>
        context.Arguments is { } arguments && arguments.TryGetValue("where", out var where) && where.Value is { } value
            ? Filter.BuildPredicate(value)
            : _ => true;
}
