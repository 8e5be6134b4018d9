using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Authorization;
using Gateway.Graph.People;

namespace Gateway.Graph.Provenance;

/// <summary>
/// The provenance fields of <c>Person</c>. They read what the merge already loaded: selecting them costs no upstream call.
/// </summary>
public static class PersonProvenanceFields
{
    public static void AddProvenanceFields(this ObjectGraphType<Person> person)
    {
        person.Field<FieldProvenanceType>("provenance")
            .Description("Where the field's value came from: the merge policy, the record that supplied it and what every other record holds. " +
                "PHONE and ADDRESS: null without the `people:pii` scope.")
            .Argument<NonNullGraphType<PersonFieldType>>("field", "The merged field.")
            .RequirePiiWhen(IsPiiField)
            .Resolve(ctx => ctx.Source.Provenance.Of(ctx.GetArgument<PersonField>("field")));
        person.Field<ListGraphType<NonNullGraphType<SourceValueType>>>("sources")
            .Description("The value every record of the person holds for the field (`provenance(field:).values`). PHONE and ADDRESS: null without the `people:pii` scope.")
            .Argument<NonNullGraphType<PersonFieldType>>("field", "The merged field.")
            .RequirePiiWhen(IsPiiField)
            .Resolve(ctx => ctx.Source.Provenance.Of(ctx.GetArgument<PersonField>("field")).Values);
        person.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonConflictType>>>>("conflicts")
            .Description("Where the person's records disagree: values, active state, duplicate or missing accounts. Empty when they agree.")
            .Resolve(ctx => ctx.Source.Provenance.Conflicts);
    }

    private static bool IsPiiField(IResolveFieldContext ctx) => PersonFields.IsPii(ctx.GetArgument<PersonField>("field"));
}
