using GraphQL.Types;

namespace Gateway.Graph.Errors;

/// <summary>The shared part of every mutation error type: it implements <c>Error</c> and carries its message.</summary>
public abstract class ErrorObjectType<TError> : ObjectGraphType<TError> where TError : MutationError
{
    protected ErrorObjectType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong and what to do about it.").Resolve(ctx => ctx.Source.Message);
    }
}
