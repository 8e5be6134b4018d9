using System.Collections.Generic;
using System.Linq;
using Gateway.Client.Generator.Documents;
using Gateway.Client.Generator.Schema;
using GraphQLParser.AST;

namespace Gateway.Client.Generator.Emit;

/// <summary>Writes one operation: its result types, parser, and the <c>IXxxQuery</c> with <c>ExecuteAsync</c>.</summary>
internal sealed class OperationEmitter(DocumentSet documents, TypeMapper types, ResultEmitter results, string access, string requestStrategy)
{
    public static string Kind(OperationSource operation) => operation.Definition.Operation switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };

    public string Write(string ns, OperationSource operation, Shape root)
    {
        var code = CodeWriter.File(ns);
        results.WriteTypes(code, root, false);

        code.Line(CodeWriter.GeneratedCode).Open($"internal static class {operation.Name}ResultParser");
        results.WriteParsers(code, root);
        code.Close().Line();

        var type = operation.Name + Kind(operation);
        var variables = (operation.Definition.Variables?.Items ?? new List<GraphQLVariableDefinition>())
            .Select(v => (Name: v.Variable.Name.StringValue, Type: TypeRef.From(v.Type))).ToList();
        var parameters = variables.Select(v => $"{types.CSharp(v.Type)} {Names.Parameter(v.Name)}")
            .Concat(new[] { "CancellationToken cancellationToken = default" });
        var signature = $"Task<IOperationResult<{root.InterfaceName}>> ExecuteAsync({string.Join(", ", parameters)})";

        code.Line(CodeWriter.GeneratedCode).Open($"{access} partial interface I{type}")
            .Line($"{signature};")
            .Close().Line();

        code.Line(CodeWriter.GeneratedCode).Open($"{access} sealed partial class {type} : I{type}");
        var document = Document(operation);
        code.Line($"public const string Document = {Names.Verbatim(document)};").Line();
        code.Line("/// <summary>SHA-256 of <see cref=\"Document\"/>: the operation's id in the persisted operation manifest.</summary>");
        code.Line($"public const string Hash = {Names.Literal(OperationHash.Of(document))};").Line();
        code.Line("private readonly IGraphQLTransport _transport;").Line();
        code.Line($"public {type}(IGraphQLTransport transport) => _transport = transport;").Line();
        code.Open($"public {signature}");
        if (variables.Count == 0)
        {
            code.Line($"var request = new OperationRequest({Names.Literal(operation.Name)}, Document, null, Hash, RequestStrategy.{requestStrategy});");
        }
        else
        {
            code.Open($"var request = new OperationRequest({Names.Literal(operation.Name)}, Document, w =>");
            foreach (var (name, variableType) in variables)
            {
                // Null optional variables are left out so the server applies the declared defaults.
                var parameter = Names.Parameter(name);
                if (variableType.NonNull)
                {
                    code.Line($"w.WritePropertyName({Names.Literal(name)});");
                    types.Write(code, variableType, parameter, 0);
                    continue;
                }

                code.Open($"if ({parameter} is not null)").Line($"w.WritePropertyName({Names.Literal(name)});");
                types.Write(code, variableType, parameter, 0);
                code.Close();
            }

            code.Close($", Hash, RequestStrategy.{requestStrategy});");
        }

        code.Line($"return OperationExecutor.ExecuteAsync<{root.InterfaceName}>(_transport, request, {operation.Name}ResultParser.Parse_{root.Prefix}, cancellationToken);");
        code.Close().Close().Close();
        return code.ToString();
    }

    /// <summary>The operation and every fragment it reaches, with <c>__typename</c> added where the parser needs it.</summary>
    public string Document(OperationSource operation)
    {
        var parts = new List<string> { operation.File.Slice(operation.Definition) };
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<ASTNode>();
        pending.Push(operation.Definition.SelectionSet);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is GraphQLFragmentSpread spread)
            {
                var name = spread.FragmentName.Name.StringValue;
                if (names.Add(name)) pending.Push(documents.Fragments[name].Definition.SelectionSet);
            }
            else if (node is GraphQLSelectionSet set)
            {
                foreach (var selection in set.Selections) pending.Push(selection);
            }
            else if (node is GraphQLField { SelectionSet: not null } field) pending.Push(field.SelectionSet);
            else if (node is GraphQLInlineFragment inline) pending.Push(inline.SelectionSet);
        }

        parts.AddRange(names.Select(n => documents.Fragments[n]).Select(f => f.File.Slice(f.Definition)));
        return string.Join("\n\n", parts).Replace("\r\n", "\n");
    }
}
