using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>
/// A HotChocolate.Data filter input over <typeparamref name="T"/> (name it in the subclass, e.g. <c>PersonFilterInput</c>).
/// Each declaration in the subclass constructor adds one input field and the predicate that applies it,
/// so the schema and the in-memory filter cannot drift apart.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, Func<object, Func<T, bool>>> _fields = new(StringComparer.Ordinal);

    /// <summary>Adds <c>and</c> and <c>or</c>, lists of this same input type.</summary>
    protected FilterInputType()
    {
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        Field("and", self).Description("Matches when every condition in the list matches.");
        Field("or", self).Description("Matches when at least one condition in the list matches.");
    }

    /// <summary>A string field filtered by <c>StringOperationFilterInput</c> (ordinal comparison).</summary>
    protected void String(string name, Func<T, string?> value, string description) =>
        Declare<StringOperationFilterInputType>(name, description, input =>
        {
            var test = StringOperationFilterInputType.Predicate(input);
            return item => test(value(item));
        });

    /// <summary>A boolean field filtered by <c>BooleanOperationFilterInput</c>.</summary>
    protected void Boolean(string name, Func<T, bool?> value, string description) =>
        Declare<BooleanOperationFilterInputType>(name, description, input =>
        {
            var test = BooleanOperationFilterInputType.Predicate(input);
            return item => test(value(item));
        });

    /// <summary>An integer field filtered by <c>IntOperationFilterInput</c>.</summary>
    protected void Int(string name, Func<T, int?> value, string description) =>
        Declare<IntOperationFilterInputType>(name, description, input =>
        {
            var test = IntOperationFilterInputType.Predicate(input);
            return item => test(value(item));
        });

    /// <summary>A decimal field filtered by <c>DecimalOperationFilterInput</c>.</summary>
    protected void Decimal(string name, Func<T, decimal?> value, string description) =>
        Declare<DecimalOperationFilterInputType>(name, description, input =>
        {
            var test = DecimalOperationFilterInputType.Predicate(input);
            return item => test(value(item));
        });

    /// <summary>A date and time field filtered by <c>DateTimeOperationFilterInput</c>, compared as instants.</summary>
    protected void DateTime(string name, Func<T, DateTimeOffset?> value, string description) =>
        Declare<DateTimeOperationFilterInputType>(name, description, input =>
        {
            var test = DateTimeOperationFilterInputType.Predicate(input);
            return item => test(value(item));
        });

    /// <summary>An enum field filtered by <c>{Enum}OperationFilterInput</c>; <typeparamref name="TEnumGraphType"/> must parse to <typeparamref name="TEnum"/>.</summary>
    protected void Enum<TEnumGraphType, TEnum>(string name, Func<T, TEnum?> value, string description)
        where TEnumGraphType : EnumerationGraphType
        where TEnum : struct, System.Enum =>
        Declare<EnumOperationFilterInputType<TEnumGraphType>>(name, description, input =>
        {
            var test = EnumOperationFilterInputType<TEnumGraphType>.Predicate<TEnum>(input);
            return item => test(value(item));
        });

    /// <summary>An enum whose values are objects rather than a CLR enum (e.g. <c>SourceSystem</c>, built from the registered upstreams).</summary>
    protected void EnumOf<TEnumGraphType, TValue>(string name, Func<T, TValue?> value, string description)
        where TEnumGraphType : EnumerationGraphType
        where TValue : class =>
        Declare<EnumOperationFilterInputType<TEnumGraphType>>(name, description, input =>
        {
            var test = EnumOperationFilterInputType<TEnumGraphType>.ObjectPredicate(input);
            return item => test(value(item));
        });

    /// <summary>A list of objects filtered by <c>ListFilterInputTypeOf{ItemFilter}</c> (<c>all none some any</c>).</summary>
    protected void List<TItem, TItemFilter>(string name, Func<T, IEnumerable<TItem>?> value, string description)
        where TItemFilter : FilterInputType<TItem>, new() =>
        Declare<ListFilterInputType<TItemFilter>>(name, description, input =>
        {
            var test = ListOperations.Predicate(input, FilterInstance<TItemFilter>.Value);
            return item => test(value(item));
        });

    /// <summary>
    /// The predicate for a parsed <c>where</c> argument (GraphQL.NET's <c>Dictionary&lt;string, object?&gt;</c>);
    /// null matches everything.
    /// </summary>
    /// <exception cref="FilterError">An operation other than <c>eq</c>/<c>neq</c> was given <c>null</c>.</exception>
    public Func<T, bool> BuildPredicate(object? whereArgument) =>
        OperationPredicate.Build<T>(whereArgument, (name, input) =>
            input is null ? null : _fields[name](input));

    private void Declare<TOperationGraphType>(string name, string description, Func<object, Func<T, bool>> predicate)
        where TOperationGraphType : IGraphType
    {
        Field<TOperationGraphType>(name).Description(description);
        _fields.Add(name, predicate);
    }

    // Item filters are built once and lazily: a filter may reach its own type through a list (Person → teams → members).
    private static class FilterInstance<TItemFilter>
        where TItemFilter : new()
    {
        public static readonly TItemFilter Value = new();
    }
}
