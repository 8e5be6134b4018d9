using Gateway.Graph.Sources;
using GraphQL.Types;

namespace Gateway.Graph.ChangeFeed;

public sealed class PersonFieldChangeType : ObjectGraphType<FieldChange>
{
    public PersonFieldChangeType()
    {
        Name = "PersonFieldChange";
        Description = "One changed field of a person, with its value before and after as text (JSON for lists and objects).";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The `Person` field that changed, e.g. `title`.").Resolve(ctx => ctx.Source.Field);
        Field<StringGraphType>("oldValue").Description("The value before the change; null when it was empty.").Resolve(ctx => ctx.Source.OldValue);
        Field<StringGraphType>("newValue").Description("The value after the change; null when it is now empty.").Resolve(ctx => ctx.Source.NewValue);
        Field<SourceSystemType>("source").Description("The upstream the new value comes from (the old one's when the field was cleared).").Resolve(ctx => ctx.Source.Source);
    }
}

public sealed class PersonFieldChangeFilterInputType : Filtering.FilterInputType<FieldChange>
{
    public PersonFieldChangeFilterInputType()
    {
        Name = "PersonFieldChangeFilterInput";
        Description = "Filters changed fields.";
        String("field", c => c.Field, "The `Person` field that changed.");
    }
}
