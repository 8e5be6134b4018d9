using Gateway.Graph.Authorization;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQLParser.AST;

namespace Gateway.Security;

/// <summary>
/// Checks scopes per field while resolving: root query and subscription fields need <c>people:read</c>, root mutation fields
/// <c>people:write</c>, fields marked with <see cref="FieldScopes.MetadataKey"/> that scope. A refused field
/// resolves to null with an <c>AUTH_NOT_AUTHORIZED</c> error; the rest of the response is unaffected.
/// </summary>
internal sealed class ScopeFieldMiddleware : IFieldMiddleware
{
    public const string ErrorCode = "AUTH_NOT_AUTHORIZED";

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var required = RequiredScope(context);
        if (required is not null && !Scopes.Has(context.User, required))
            throw new ExecutionError($"The `{required}` scope is required to read `{context.ParentType.Name}.{context.FieldDefinition.Name}`.") { Code = ErrorCode };
        return next(context);
    }

    private static string? RequiredScope(IResolveFieldContext context)
    {
        if (context.ParentType == context.Schema.Query || context.ParentType == context.Schema.Subscription)
            return FieldScopes.Read;
        if (context.ParentType == context.Schema.Mutation)
            return FieldScopes.Write;
        return context.FieldDefinition.GetMetadata<string?>(FieldScopes.MetadataKey)
            ?? context.FieldDefinition.GetMetadata<Func<IResolveFieldContext, string?>?>(FieldScopes.ArgumentsMetadataKey)?.Invoke(context);
    }
}
