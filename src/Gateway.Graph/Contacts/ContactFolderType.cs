using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;

namespace Gateway.Graph.Contacts;

public sealed class ContactFolderType : ObjectGraphType<ContactFolder>
{
    public const string TypeName = "ContactFolder";

    public ContactFolderType()
    {
        Name = TypeName;
        Description = "A Worksection contact folder.";
        this.ImplementNode(TypeName, f => f.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The folder's name.").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<ContactFolderKindType>>("kind").Description("Preset by Worksection, or created by a user.").Resolve(ctx => ctx.Source.Kind);
        Field<ListGraphType<NonNullGraphType<ContactType>>>("contacts")
            .Description("The contacts filed in this folder.")
            .Resolve(ctx => ctx.Loader<ContactsDataLoader>().LoadAsync()
                .Then(contacts => contacts.Where(c => string.Equals(c.FolderTitle, ctx.Source.Title, StringComparison.OrdinalIgnoreCase)).ToList()));
    }
}
