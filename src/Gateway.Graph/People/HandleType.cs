using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class HandleType : ObjectGraphType<Handle>
{
    public HandleType()
    {
        Name = "Handle";
        Description = "A handle on a messenger or social network.";
        Field<NonNullGraphType<StringGraphType>>("service").Description("The service, e.g. Telegram or LinkedIn.").Resolve(ctx => ctx.Source.Service);
        Field<NonNullGraphType<StringGraphType>>("value").Description("The handle or link on that service.").Resolve(ctx => ctx.Source.Value);
    }
}
