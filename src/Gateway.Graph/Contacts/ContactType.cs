using Gateway.Graph.Authorization;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.People;
using Gateway.Graph.Relay;

namespace Gateway.Graph.Contacts;

public sealed class ContactType : ObjectGraphType<Contact>
{
    public const string TypeName = "Contact";

    public ContactType()
    {
        Name = TypeName;
        Description = "A Worksection contact: someone the company deals with who has no account.";
        this.ImplementNode(TypeName, c => c.Id);
        Field<NonNullGraphType<StringGraphType>>("email").Description("The contact's email.").Resolve(ctx => ctx.Source.Email);
        Field<StringGraphType>("firstName").Description("First name.").Resolve(ctx => ctx.Source.FirstName);
        Field<StringGraphType>("lastName").Description("Last name.").Resolve(ctx => ctx.Source.LastName);
        Field<StringGraphType>("name").Description("First and last name.").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("title").Description("Position.").Resolve(ctx => ctx.Source.Title);
        Field<PhoneNumbersType>("phones").Description("Phone numbers; null without the `people:pii` scope.").RequirePii().Resolve(ctx => ctx.Source.Phones);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("addresses").Description("Postal addresses, main first; null without the `people:pii` scope.").RequirePii().Resolve(ctx => ctx.Source.Addresses);
        Field<ContactFolderType>("folder")
            .Description("The folder the contact is filed in.")
            .Resolve(ctx => ctx.Loader<ContactFoldersDataLoader>().LoadAsync()
                .Then(folders => folders.FirstOrDefault(f => string.Equals(f.Title, ctx.Source.FolderTitle, StringComparison.OrdinalIgnoreCase))));
    }
}
