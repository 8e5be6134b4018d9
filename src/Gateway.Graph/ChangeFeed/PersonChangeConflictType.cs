using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;
using GraphQL.Types;

namespace Gateway.Graph.ChangeFeed;

public sealed class PersonChangeConflictType : ObjectGraphType<ConflictChange>
{
    public PersonChangeConflictType()
    {
        Name = "PersonChangeConflict";
        Description = "The conflict that appeared or was resolved; the person's `conflicts` has its current values.";
        Field<NonNullGraphType<PersonFieldType>>("field").Description("The field the records disagree on.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<ConflictKindType>>("kind").Description("How they disagree.").Resolve(ctx => ctx.Source.Kind);
        Field<SourceSystemType>("system")
            .Description("The one system concerned, for DUPLICATE_ACCOUNT and MISSING_ACCOUNT.")
            .Resolve(ctx => ctx.Source.System);
    }
}
