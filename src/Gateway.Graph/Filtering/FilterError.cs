using GraphQL;

namespace Gateway.Graph.Filtering;

/// <summary>A <c>where</c> argument the schema accepts but the filter cannot apply.</summary>
public sealed class FilterError : ExecutionError
{
    /// <summary>An operation other than <c>eq</c>/<c>neq</c> was given <c>null</c>.</summary>
    public const string NullValue = "FILTER_NULL_VALUE";

    /// <summary>Creates the error with its message and code.</summary>
    public FilterError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    internal static FilterError NullOperand(string operation, string typeName) => new(
        NullValue,
        $"The provided value for filter `{operation}` of type {typeName} is invalid. Null values are not supported.");
}
