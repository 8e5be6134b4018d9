using Gateway.Limits;
using Gateway.Telemetry;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Http;

/// <summary>
/// Runs GraphQL requests with the app's <see cref="IDocumentExecuter{TSchema}"/>. Execution options
/// registered through <c>AddGraphQL(...)</c> (validation rules, listeners, limits) are applied by the
/// executer itself.
/// </summary>
internal sealed class GraphQLRequestExecutor(IOptions<GraphQLEndpointOptions> options, ILogger<GraphQLRequestExecutor> logger)
{
    /// <summary>
    /// Executes one request, or a batch concurrently with one DI scope per item so that scoped services
    /// (DataLoaders among them) are never shared between concurrent executions.
    /// </summary>
    public async Task<ExecutionResult[]> ExecuteAsync(HttpContext context, GraphQLHttpRequest request)
    {
        if (!request.IsBatch)
            return [await ExecuteAsync(context, request.Requests[0], context.RequestServices, request.IsGet)];
        return await Task.WhenAll(request.Requests.Select(item => ExecuteInScopeAsync(context, item)));
    }

    private async Task<ExecutionResult> ExecuteInScopeAsync(HttpContext context, GraphQLRequest request)
    {
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await ExecuteAsync(context, request, scope.ServiceProvider, isGet: false);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, IServiceProvider services, bool isGet)
    {
        using var telemetry = new OperationTelemetry(request.OperationName);
        // Linear checks before the executer's validation, whose cost grows faster than the document.
        GraphQLDocument? document = null;
        var result = services.GetService<QueryTokenLimit>()?.Check(request.Query)
            ?? services.GetService<DocumentShapeLimit>()?.Check(request.Query, out document)
            ?? await ExecuteAsync(context, request, document, services, isGet, telemetry);
        result = services.GetService<ValidationErrorCap>()?.Apply(result) ?? result;
        var elapsed = telemetry.Complete(result);
        // Method, path, operation name and counts only: the query string, variables and data may hold personal data.
        logger.LogInformation(
            "GraphQL {Method} {Path} {OperationType} {OperationName} finished in {ElapsedMs:0} ms, executed: {Executed}, errors: {ErrorCount}",
            context.Request.Method, context.Request.Path.Value, telemetry.Type, telemetry.Name, elapsed, result.Executed, result.Errors?.Count ?? 0);
        return result;
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, IServiceProvider services, bool isGet, OperationTelemetry telemetry)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = context.RequestAborted,
            UserContext = new Dictionary<string, object?> { [OperationTelemetry.UserContextKey] = telemetry },
        };
        if (isGet)
            executionOptions.ValidationRules = DocumentValidator.CoreRules.Append(HttpGetValidationRule.Instance);
        if (options.Value.ExposeExceptionDetails)
            executionOptions.UnhandledExceptionDelegate = ExposeMessage;
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        return await executer.ExecuteAsync(executionOptions);
    }

    // The message only; the stack trace is never copied into the error.
    private static Task ExposeMessage(UnhandledExceptionContext context)
    {
        context.ErrorMessage = context.OriginalException.Message;
        return Task.CompletedTask;
    }
}
