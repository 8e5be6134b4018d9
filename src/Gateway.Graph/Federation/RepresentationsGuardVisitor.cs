using System.Collections;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Federation;

/// <summary>
/// Puts a check in front of the engine's parsing of <c>_entities(representations:)</c>: at most
/// <see cref="FederationOptions.MaxRepresentations"/>, each one well-formed (<see cref="RepresentationReader"/>).
/// The check runs while the request is validated, so a refused call costs no upstream call, and its errors say
/// which representation is wrong instead of the engine's generic "verify your supergraph".
/// Registered by type after the engine's visitors, because <c>_entities</c> only exists once they have run.
/// </summary>
internal sealed class RepresentationsGuardVisitor(IOptions<FederationOptions> options) : BaseSchemaNodeVisitor
{
    public const string TooManyCode = "TOO_MANY_REPRESENTATIONS";

    public override void PostVisitSchema(ISchema schema)
    {
        var argument = schema.Query.GetField("_entities")?.Arguments?.Find("representations");
        if (argument is null) return;

        var max = options.Value.MaxRepresentations;
        var parse = argument.Parser;
        argument.Parser = value =>
        {
            Check((IList)value, max);
            return parse is null ? value : parse(value);
        };
    }

    private static void Check(IList representations, int max)
    {
        if (representations.Count > max)
            throw new ValidationError($"_entities accepts at most {max} representations per call; got {representations.Count}. " +
                "Send smaller batches, or raise Graph:Federation:MaxRepresentations.")
            {
                Code = TooManyCode,
            };

        for (var i = 0; i < representations.Count; i++) RepresentationReader.Read(representations[i], i);
    }
}
