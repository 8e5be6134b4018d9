using Gateway.Graph.Sorting;

namespace Gateway.Graph.Contacts;

public sealed class ContactSortInputType : SortInputType<Contact>
{
    public ContactSortInputType()
    {
        Name = "ContactSortInput";
        Description = "Orders contacts.";
        Field("email", c => c.Email, "Email.");
        Field("name", c => c.Name, "First and last name.");
        Field("lastName", c => c.LastName, "Last name.");
        Field("title", c => c.Title, "Position.");
        Field("folderTitle", c => c.FolderTitle, "Folder name.");
    }
}
