using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Relay;
using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

public sealed class PeopleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ConnectionType<PersonType, Person>>("people")
            .Description("Everyone in Worksection, Zoho Projects and People v3, merged by email. Ordered by email unless `order` says otherwise.")
            .Arguments(ConnectionArguments.For<PersonFilterInputType, PersonSortInputType>())
            .ResolveConnection(ctx => ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(people => (IEnumerable<Person>)ctx.Unwrap(people).All));

        query.Field<PersonType>("person")
            .Description("A person by global id; null when no upstream knows them.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The person's global id.")
            .Resolve(ctx =>
            {
                var idKey = ctx.GlobalIdKey("id", PersonType.TypeName);
                SelectionPrefetch.StartFor(ctx);
                return ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(people => ctx.Unwrap(people).FindById(idKey));
            });

        query.Field<PersonType>("personByEmail")
            .Description("A person by email, compared trimmed and case-insensitively; null when no upstream knows them.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email in any letter case.")
            .Resolve(ctx =>
            {
                var email = ctx.GetArgument<string>("email").Trim();
                if (!EmailAddress.IsValid(email))
                    throw new ExecutionError(EmailAddress.Invalid("email")) { Code = "INVALID_ARGUMENT" };
                SelectionPrefetch.StartFor(ctx);
                return ctx.Loader<PeopleDirectoryDataLoader>().LoadAsync().Then(people => ctx.Unwrap(people).FindByKey(EmailKey.Normalize(email)));
            });
    }
}
