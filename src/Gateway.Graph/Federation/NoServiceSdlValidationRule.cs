using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Graph.Federation;

/// <summary>
/// Refuses <c>_service { sdl }</c> where introspection is refused: the subgraph SDL is the whole schema, so hiding
/// <c>__schema</c> alone would hide nothing. Routers compose from the published SDL file, not from this field.
/// </summary>
public sealed class NoServiceSdlValidationRule : ValidationRuleBase
{
    public static readonly NoServiceSdlValidationRule Instance = new();

    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        if (field.Name.Value == "_service" && ReferenceEquals(context.TypeInfo.GetParentType(), context.Schema.Query))
            context.ReportError(new ValidationError(context.Document.Source, null,
                "The subgraph SDL (_service) is not served where introspection is off; compose from schema/schema.federation.graphql, " +
                "or set GraphQL:Introspection:Enabled=true.", field));
    });

    private NoServiceSdlValidationRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
