using GraphQL.Types;

namespace Gateway.Graph.Contacts;

public sealed class ContactFolderKindType : EnumerationGraphType<ContactFolderKind>
{
    public ContactFolderKindType()
    {
        Name = "ContactFolderKind";
        Description = "Who made a contact folder.";
    }
}
