using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class ErrorInterfaceType : InterfaceGraphType<MutationError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "Something a mutation could not do, with a message a person can act on. Every mutation error type implements it.";
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong and what to do about it.");
    }
}
