using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.People;

/// <summary>
/// The People v3 roles and languages, so a client can offer valid <c>roleId</c> and <c>language</c> values for
/// <c>createPerson</c>, <c>updatePerson</c> and <c>onboardPerson</c> (v3 <c>GET v3/roles</c> and <c>GET v3/languages</c>).
/// </summary>
public sealed class PeopleV3ReferenceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeopleV3RoleType>>>>("peopleV3Roles")
            .Description("The roles People v3 offers, by name; their `id` is what `roleId` of CreatePersonInput takes.")
            .Resolve(ctx => ctx.Loader<PeopleV3RolesDataLoader>().LoadAsync()
                .Then(roles => (IReadOnlyList<PeopleV3Role>)roles.Select(r => new PeopleV3Role(long.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture), r.Value)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeopleV3LanguageType>>>>("peopleV3Languages")
            .Description("The languages People v3 supports, as it lists them; their `code` is what `language` of CreatePersonInput takes.")
            .Resolve(ctx => ctx.Loader<PeopleV3LanguagesDataLoader>().LoadAsync());
    }
}

public sealed class PeopleV3RoleType : ObjectGraphType<PeopleV3Role>
{
    public PeopleV3RoleType()
    {
        Name = "PeopleV3Role";
        Description = "A role a People v3 person can have.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The role's People v3 id, as `roleId` takes it.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The role's name.").Resolve(ctx => ctx.Source.Name);
    }
}

public sealed class PeopleV3LanguageType : ObjectGraphType<PeopleV3Language>
{
    public PeopleV3LanguageType()
    {
        Name = "PeopleV3Language";
        Description = "A language People v3 supports.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code, e.g. `en`, as `language` takes it.").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The language's name.").Resolve(ctx => ctx.Source.Name);
    }
}
