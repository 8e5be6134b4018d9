using GraphQL.Types;

namespace Gateway.Graph.Provenance;

public sealed class FieldProvenanceType : ObjectGraphType<FieldProvenance>
{
    public FieldProvenanceType()
    {
        Name = "FieldProvenance";
        Description = "Where one merged field of a person came from.";
        Field<NonNullGraphType<PersonFieldType>>("field").Description("The field.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<MergePolicyType>>("policy").Description("The policy that picked the value.").Resolve(ctx => ctx.Source.Policy);
        Field<StringGraphType>("value").Description("The value the person shows, as text.").Resolve(ctx => ctx.Source.Value);
        Field<SourceValueType>("chosen").Description("The record that supplied the value; null when no record holds one.").Resolve(ctx => ctx.Source.Chosen);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceValueType>>>>("values")
            .Description("What every record of the person holds for the field, the chosen one included.").Resolve(ctx => ctx.Source.Values);
    }
}
