using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Gateway.Security;

/// <summary>
/// Drops GraphQL.NET's "Did you mean …?" hints from validation messages: with introspection off they would
/// still reveal field, argument and type names one guess at a time.
/// </summary>
internal sealed class SuggestionFreeErrorInfoProvider(ErrorInfoProviderOptions options) : ErrorInfoProvider(options)
{
    private const string Hint = " Did you mean";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is ValidationError && info.Message.IndexOf(Hint, StringComparison.Ordinal) is var at and >= 0)
            info.Message = info.Message[..at];
        return info;
    }
}
