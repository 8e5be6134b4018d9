using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Http;

/// <summary>A tiny schema for the endpoint tests.</summary>
public sealed class EndpointTestSchema : Schema
{
    public EndpointTestSchema(IServiceProvider services, ExecutionCounter counter) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Resolve(_ => { counter.Resolve(); return "world"; });
        query.Field<ListGraphType<IntGraphType>>("numbers").Resolve(_ => { counter.Resolve(); return new[] { 1, 2, 3 }; });
        query.Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(ctx => ctx.GetArgument<string>("text"));
        query.Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("secret upstream detail"));
        query.Field<StringGraphType>("me").Resolve(ctx => ctx.User?.FindFirstValue(ClaimTypes.Name));
        query.Field<BooleanGraphType>("inRequestScope").Resolve(ctx =>
            ReferenceEquals(ctx.RequestServices, ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.RequestServices));
        query.Field<BooleanGraphType>("cancellable").Resolve(ctx => ctx.CancellationToken.CanBeCanceled);
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<IntGraphType>("increment").Resolve(_ => counter.Increment());
        Mutation = mutation;
    }
}
