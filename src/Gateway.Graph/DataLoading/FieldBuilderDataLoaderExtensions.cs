using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.DataLoading;

/// <summary>Lets a field resolve through a loader in one line, without awaiting in field code.</summary>
public static class FieldBuilderDataLoaderExtensions
{
    /// <summary>
    /// Resolves the field with a pending loader result. <typeparamref name="TLoader"/> comes from
    /// <see cref="IResolveFieldContext.RequestServices"/>, the request scope, so each request gets its own loader.
    /// </summary>
    /// <example><c>Field&lt;TeamType, Team?&gt;("team").ResolveWith((IResolveFieldContext&lt;Person&gt; ctx, TeamByIdDataLoader teams) =&gt; teams.LoadAsync(ctx.Source.TeamId))</c></example>
    public static FieldBuilder<TSource, TReturn> ResolveWith<TSource, TReturn, TLoader>(
        this FieldBuilder<TSource, TReturn> field,
        Func<IResolveFieldContext<TSource>, TLoader, IDataLoaderResult<TReturn>> resolve)
        where TLoader : notnull
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(resolve);
        field.Resolve(new FuncFieldResolver<TSource, IDataLoaderResult<TReturn>>(
            ctx => resolve(ctx, (ctx.RequestServices ?? throw new MissingRequestServicesException()).GetRequiredService<TLoader>())));
        return field;
    }
}
