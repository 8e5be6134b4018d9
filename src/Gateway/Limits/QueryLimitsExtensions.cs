using GraphQL;

namespace Gateway.Limits;

public static class QueryLimitsExtensions
{
    /// <summary>The stable code of the error answered when an operation runs past <see cref="QueryLimitsOptions.ExecutionTimeout"/>.</summary>
    public const string ExecutionTimeoutCode = "EXECUTION_TIMEOUT";

    /// <summary>
    /// Binds <see cref="QueryLimitsOptions"/> from <c>GraphQL:Limits</c> and adds the caps: tokens before parsing
    /// (<see cref="QueryTokenLimit"/>) and the document as written after it (<see cref="DocumentShapeLimit"/>), both
    /// applied by the endpoint in linear time; the selected operation as a validation rule; the timeout; and the
    /// cap on validation errors returned (<see cref="ValidationErrorCap"/>).
    /// </summary>
    public static IServiceCollection AddQueryLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<QueryLimitsOptions>()
            .Bind(config.GetSection(QueryLimitsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<QueryTokenLimit>();
        services.AddSingleton<DocumentShapeLimit>();
        services.AddSingleton<ValidationErrorCap>();
        var timeout = config.GetSection(QueryLimitsOptions.SectionName).Get<QueryLimitsOptions>()?.ExecutionTimeout
            ?? new QueryLimitsOptions().ExecutionTimeout;
        services.AddGraphQL(graphQL => graphQL
            .AddValidationRule<QueryLimitsValidationRule>(useForCachedDocuments: true)
            .WithTimeout(timeout, _ => TimedOut(timeout)));
        return services;
    }

    private static ExecutionResult TimedOut(TimeSpan timeout) => new()
    {
        Executed = true,
        Errors =
        [
            new ExecutionError($"The operation did not finish within {timeout.TotalSeconds:0.#} s and was cancelled.")
            {
                Code = ExecutionTimeoutCode,
                Extensions = new Dictionary<string, object?> { ["timeoutSeconds"] = timeout.TotalSeconds },
            },
        ],
    };
}
