using GraphQL;
using Gateway.Graph.Errors;
using Gateway.Graph.Relay;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.DataLoading;

public static class ResolveFieldContextExtensions
{
    /// <summary>The request's instance of a loader (loaders are scoped: one per GraphQL request).</summary>
    public static TLoader Loader<TLoader>(this IResolveFieldContext context) where TLoader : notnull =>
        context.RequestServices!.GetRequiredService<TLoader>();

    /// <summary>Reports the failed upstreams of a partial value as field errors and returns the value.</summary>
    public static T Unwrap<T>(this IResolveFieldContext context, Partial<T> partial) =>
        context.Loader<PartialFailureReporter>().Unwrap(context, partial);

    public static PagingOptions PagingOptions(this IResolveFieldContext context) =>
        context.Loader<IOptions<PagingOptions>>().Value;

    /// <summary>The key inside a global id argument, checked to be an id of <paramref name="typeName"/>.</summary>
    public static string GlobalIdKey(this IResolveFieldContext context, string argument, string typeName)
    {
        var id = context.GetArgument<string>(argument);
        if (GlobalId.TryParse(id, out var actualType, out var key) && actualType == typeName) return key;
        throw new ExecutionError($"Argument '{argument}' must be the id of a {typeName} returned by this gateway; got {InputEcho.Quote(id)}.")
        {
            Code = "INVALID_ID",
        };
    }
}
