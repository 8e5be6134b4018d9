using Gateway.Graph.Filtering;

namespace Gateway.Graph.Contacts;

public sealed class ContactFilterInputType : FilterInputType<Contact>
{
    public ContactFilterInputType()
    {
        Name = "ContactFilterInput";
        Description = "Filters contacts, in HotChocolate.Data's shape.";
        String("email", c => c.Email, "The contact's email.");
        String("name", c => c.Name, "First and last name.");
        String("firstName", c => c.FirstName, "First name.");
        String("lastName", c => c.LastName, "Last name.");
        String("title", c => c.Title, "Position.");
        String("folderTitle", c => c.FolderTitle, "The name of the folder the contact is filed in.");
    }
}
