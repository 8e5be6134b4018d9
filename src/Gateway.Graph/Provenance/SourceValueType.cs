using GraphQL.Types;
using Gateway.Graph.Scalars;
using Gateway.Graph.Sources;

namespace Gateway.Graph.Provenance;

public sealed class SourceValueType : ObjectGraphType<SourceValue>
{
    public SourceValueType()
    {
        Name = "SourceValue";
        Description = "The value one upstream record holds for a field, exactly as that system holds it.";
        Field<NonNullGraphType<SourceSystemType>>("source").Description("The system holding the record.").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("externalId").Description("The record's id in that system (as in `accounts`).").Resolve(ctx => ctx.Source.ExternalId);
        Field<StringGraphType>("value").Description("The value as held (numbers and instants in invariant text); null when the system holds none.").Resolve(ctx => ctx.Source.Value);
        Field<DateTimeType>("updatedAt").Description("When the record last changed, where the system says (People v3's `updated_at`).").Resolve(ctx => ctx.Source.UpdatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("chosen").Description("Whether this record supplied the value the person shows.").Resolve(ctx => ctx.Source.Chosen);
    }
}
