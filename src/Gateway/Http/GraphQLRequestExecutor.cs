using System.Security.Claims;
using Gateway.Limits;
using Gateway.PersistedOperations;
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
internal sealed class GraphQLRequestExecutor(
    IOptions<GraphQLEndpointOptions> options, PersistedOperationResolver persisted, ILogger<GraphQLRequestExecutor> logger)
{
    /// <summary>
    /// Executes one request, or a batch concurrently with one DI scope per item so that scoped services
    /// (DataLoaders among them) are never shared between concurrent executions.
    /// </summary>
    public async Task<ExecutedRequest> ExecuteAsync(HttpContext context, GraphQLHttpRequest request)
    {
        if (!request.IsBatch)
        {
            var resolved = await persisted.ResolveAsync(request.Requests[0], context);
            return new ExecutedRequest([await ExecuteAsync(context, resolved, context.RequestServices, Call.Of(context, request.IsGet))], resolved.Persisted is not null);
        }
        return new ExecutedRequest(await Task.WhenAll(request.Requests.Select(item => ExecuteInScopeAsync(context, item))), Persisted: false);
    }

    /// <summary>
    /// Executes one operation of a streaming transport (GraphQL over SSE, graphql-transport-ws) with the same persisted
    /// operations, limits and validation as a plain request, as <paramref name="user"/> (a WebSocket's user comes from
    /// its <c>connection_init</c>, not the upgrade request) and with the caller's services and cancellation. A
    /// subscription's result holds its stream in <see cref="ExecutionResult.Streams"/>; over GET, mutations are refused.
    /// </summary>
    public async Task<ExecutionResult> ExecuteStreamingAsync(
        HttpContext context, GraphQLRequest request, ClaimsPrincipal user, IServiceProvider services, bool isGet, CancellationToken cancellationToken)
    {
        var resolved = await persisted.ResolveAsync(request, context);
        var call = new Call(user, cancellationToken, isGet ? HttpGetValidationRule.AllowingSubscriptions : null);
        return await ExecuteAsync(context, resolved, services, call);
    }

    private async Task<ExecutionResult> ExecuteInScopeAsync(HttpContext context, GraphQLRequest request)
    {
        var resolved = await persisted.ResolveAsync(request, context);
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await ExecuteAsync(context, resolved, scope.ServiceProvider, Call.Of(context, isGet: false));
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, ResolvedOperation resolved, IServiceProvider services, Call call)
    {
        if (resolved.Refusal is not null)
            return resolved.Refusal;
        var request = resolved.Request!;
        using var telemetry = new OperationTelemetry(request.OperationName);
        // A persisted operation's text was checked when it was first executed (or comes from a manifest); other
        // documents pass the linear checks before the executer's validation, whose cost grows faster than the document.
        var document = resolved.Persisted?.ValidatedDocument;
        var result = document is null
            ? services.GetService<QueryTokenLimit>()?.Check(request.Query) ?? services.GetService<DocumentShapeLimit>()?.Check(request.Query, out document)
            : null;
        result ??= await ExecuteAsync(request, document, services, call, telemetry, resolved.Persisted);
        result = services.GetService<ValidationErrorCap>()?.Apply(result) ?? result;
        var elapsed = telemetry.Complete(result);
        // Method, path, operation name and counts only: the query string, variables and data may hold personal data.
        logger.LogInformation(
            "GraphQL {Method} {Path} {OperationType} {OperationName} finished in {ElapsedMs:0} ms, executed: {Executed}, errors: {ErrorCount}",
            context.Request.Method, context.Request.Path.Value, telemetry.Type, telemetry.Name, elapsed, result.Executed, result.Errors?.Count ?? 0);
        return result;
    }

    private async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request, GraphQLDocument? document, IServiceProvider services, Call call,
        OperationTelemetry telemetry, PersistedOperation? persistedOperation)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            // Parsed once: by the shape check, or kept from the persisted operation's first run.
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = call.User,
            CancellationToken = call.CancellationToken,
            UserContext = new Dictionary<string, object?> { [OperationTelemetry.UserContextKey] = telemetry },
        };
        // Validated once: later runs apply only the rules registered for cached documents (the query limits, whose
        // cost depends on the variables) and, for GET, the query-only rule.
        if (document is not null && ReferenceEquals(document, persistedOperation?.ValidatedDocument))
            ValidatedDocumentRules.MarkValidated(executionOptions);
        if (call.GetRule is { } getRule)
        {
            executionOptions.ValidationRules = DocumentValidator.CoreRules.Append(getRule);
            executionOptions.CachedDocumentValidationRules = [getRule];
        }
        if (options.Value.ExposeExceptionDetails)
            executionOptions.UnhandledExceptionDelegate = ExposeMessage;
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(executionOptions);
        // Executed means parsing and validation passed: keep the document for the next request.
        if (persistedOperation is { ValidatedDocument: null } && result.Executed && result.Document is not null)
            persistedOperation.ValidatedDocument = result.Document;
        return result;
    }

    // The message only; the stack trace is never copied into the error.
    private static Task ExposeMessage(UnhandledExceptionContext context)
    {
        context.ErrorMessage = context.OriginalException.Message;
        return Task.CompletedTask;
    }
}

/// <summary>Who runs an operation, until when, and the rule a GET adds (null for POST and WebSocket).</summary>
internal sealed record Call(ClaimsPrincipal User, CancellationToken CancellationToken, HttpGetValidationRule? GetRule)
{
    public static Call Of(HttpContext context, bool isGet) =>
        new(context.User, context.RequestAborted, isGet ? HttpGetValidationRule.Instance : null);
}

/// <summary>The results of one HTTP request, and whether it named a persisted operation (which GET answers may cache).</summary>
internal sealed record ExecutedRequest(ExecutionResult[] Results, bool Persisted);
