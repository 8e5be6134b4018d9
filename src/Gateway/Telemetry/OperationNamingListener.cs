using GraphQL.Execution;

namespace Gateway.Telemetry;

/// <summary>Names the operation's span and metrics after the operation selected from the document.</summary>
internal sealed class OperationNamingListener : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.UserContext.TryGetValue(OperationTelemetry.UserContextKey, out var value) && value is OperationTelemetry telemetry)
            telemetry.Rename(context.Operation.Name?.StringValue, context.Operation.Operation.ToString().ToLowerInvariant());
        return Task.CompletedTask;
    }
}
