using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Graph.Federation;

/// <summary>
/// <c>@lookup</c> from the GraphQL Composite Schemas draft: marks a Query field that finds one entity by its key,
/// so a Composite Schemas gateway (Hot Chocolate Fusion, Grafbase) can use it for entity resolution.
/// </summary>
internal sealed class LookupDirective : Directive
{
    public const string DirectiveName = "lookup";

    public LookupDirective() : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "Composite Schemas: this field looks an entity up by its key; it returns null when no entity has the key.";
    }
}
