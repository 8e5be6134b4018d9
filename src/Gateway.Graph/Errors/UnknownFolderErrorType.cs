using GraphQL.Types;

namespace Gateway.Graph.Errors;

public sealed class UnknownFolderErrorType : ErrorObjectType<UnknownFolderError>
{
    public UnknownFolderErrorType() : base("UnknownFolderError", "No Worksection contact folder has this name.")
    {
        Field<NonNullGraphType<StringGraphType>>("folder").Description("The folder name as given.").Resolve(ctx => ctx.Source.Folder);
    }
}
