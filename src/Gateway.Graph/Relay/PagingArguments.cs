using GraphQL;

namespace Gateway.Graph.Relay;

/// <summary>The Relay paging arguments of one connection field.</summary>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>Reads <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> from the field's arguments.</summary>
    public static PagingArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    /// <summary>
    /// Checks the arguments without the data, so a resolver can reject bad input before it loads anything.
    /// <see cref="ConnectionBuilder.Build"/> calls this too.
    /// </summary>
    /// <exception cref="PagingError">An argument is negative, too large, combined with its opposite, or a cursor is not ours.</exception>
    public void Validate(PagingOptions options)
    {
        if (First is not null && Last is not null)
        {
            throw new PagingError(PagingError.FirstAndLast, "Arguments `first` and `last` cannot be used together; page forwards with `first`/`after` or backwards with `last`/`before`.");
        }

        CheckCount("first", First, options);
        CheckCount("last", Last, options);
        if (After is not null)
        {
            ConnectionCursor.Decode(After, "after");
        }

        if (Before is not null)
        {
            ConnectionCursor.Decode(Before, "before");
        }
    }

    private static void CheckCount(string name, int? count, PagingOptions options)
    {
        if (count < 0)
        {
            throw new PagingError(PagingError.NegativeCount, $"Argument `{name}` must not be negative.");
        }

        if (count > options.MaxPageSize)
        {
            throw new PagingError(PagingError.MaxExceeded, $"Argument `{name}` must not exceed the maximum page size of {options.MaxPageSize}.");
        }
    }
}
