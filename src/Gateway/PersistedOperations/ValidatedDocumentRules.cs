using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Gateway.PersistedOperations;

/// <summary>
/// A persisted operation's document passed every validation rule on its first run, and its text cannot change: later
/// runs apply only <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (the rules that depend on variables,
/// such as the query cost). This is what GraphQL.NET's own document cache does for a cache hit; we mark the hit
/// ourselves because the document comes from our store. Runs after the options configurers that add the rules.
/// </summary>
internal sealed class ValidatedDocumentRules : IConfigureExecution
{
    private const string Key = "gateway.validatedDocument";

    public static void MarkValidated(ExecutionOptions options) => options.UserContext[Key] = true;

    public float SortOrder => 200;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null && options.UserContext.TryGetValue(Key, out var marked) && marked is true)
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        return next(options);
    }
}
