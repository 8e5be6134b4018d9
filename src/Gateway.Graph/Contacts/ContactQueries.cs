using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;

namespace Gateway.Graph.Contacts;

public sealed class ContactQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ConnectionType<ContactType, Contact>>("contacts")
            .Description("Worksection contacts (people without an account).")
            .Arguments(ConnectionArguments.For<ContactFilterInputType, ContactSortInputType>())
            .ResolveConnection(ctx => ctx.Loader<ContactsDataLoader>().LoadAsync().Then(contacts => (IEnumerable<Contact>)contacts));

        query.Field<ListGraphType<NonNullGraphType<ContactFolderType>>>("contactFolders")
            .Description("Worksection contact folders.")
            .Resolve(ctx => ctx.Loader<ContactFoldersDataLoader>().LoadAsync());
    }
}
