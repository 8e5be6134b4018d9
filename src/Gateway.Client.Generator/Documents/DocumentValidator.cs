using System.Collections.Generic;
using System.Linq;
using Gateway.Client.Generator.Schema;
using GraphQLParser.AST;
using Microsoft.CodeAnalysis;

namespace Gateway.Client.Generator.Documents;

/// <summary>
/// The validation rules the generated client relies on: fields and arguments exist, literals and variables fit,
/// variables are declared and used, fragments resolve to composite types, leaves have no selections. It also marks
/// where <c>__typename</c> must be added so unions and interfaces can be told apart.
/// </summary>
internal sealed class DocumentValidator(SchemaModel schema, DocumentSet documents, List<Diagnostic> diagnostics)
{
    public void ValidateFragments()
    {
        foreach (var fragment in documents.Fragments.Values.OrderBy(f => f.Definition.FragmentName.Name.StringValue, System.StringComparer.Ordinal))
        {
            var condition = fragment.Definition.TypeCondition.Type.Name;
            var type = schema.Find(condition.StringValue);
            if (type is null || !type.IsComposite)
            {
                Report(GeneratorDiagnostics.Fragment, fragment.File, condition, $"The fragment '{fragment.Definition.FragmentName.Name.StringValue}' is on the unknown or non-composite type '{condition.StringValue}'");
                continue;
            }

            Walk(fragment.Definition.SelectionSet, type, fragment.File, new Scope(null, true));
        }
    }

    /// <summary>Validates one operation; returns false when it must not be generated.</summary>
    public bool ValidateOperation(OperationSource operation)
    {
        var before = diagnostics.Count;
        var definition = operation.Definition;
        var file = operation.File;
        var rootName = definition.Operation switch
        {
            OperationType.Query => schema.QueryType,
            OperationType.Mutation => schema.MutationType,
            _ => schema.SubscriptionType,
        };
        var root = rootName is null ? null : schema.Find(rootName);
        if (root is null)
        {
            Report(GeneratorDiagnostics.Operation, file, definition, $"The schema has no {definition.Operation.ToString().ToLowerInvariant()} type");
            return false;
        }

        var variables = new Dictionary<string, TypeRef>();
        foreach (var variable in definition.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            var name = variable.Variable.Name.StringValue;
            var type = TypeRef.From(variable.Type);
            var named = schema.Find(type.NamedType);
            if (named is null || !named.IsInput)
                Report(GeneratorDiagnostics.Variable, file, variable.Type, $"The variable '${name}' has the unknown or non-input type '{type.NamedType}'");
            else if (variables.ContainsKey(name))
                Report(GeneratorDiagnostics.Variable, file, variable, $"The variable '${name}' is declared twice");
            else
                variables[name] = variable.DefaultValue is not null && !type.NonNull && variable.DefaultValue is not GraphQLNullValue ? NonNullOf(type) : type;
        }

        var scope = new Scope(variables, true);
        Walk(definition.SelectionSet, root, file, scope);
        foreach (var variable in definition.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            if (!scope.Used.Contains(variable.Variable.Name.StringValue))
                Report(GeneratorDiagnostics.Variable, file, variable.Variable, $"The variable '${variable.Variable.Name.StringValue}' is declared but not used by '{operation.Name}'");
        }

        return diagnostics.Count == before;
    }

    private static TypeRef NonNullOf(TypeRef type) => TypeRef.NonNullOf(type);

    private void Walk(GraphQLSelectionSet selectionSet, TypeDef parent, SourceFile file, Scope scope)
    {
        if (parent.IsAbstract && scope.Report && !selectionSet.Selections.OfType<GraphQLField>().Any(f => f.Alias is null && f.Name.StringValue == "__typename"))
            file.TypeNameInsertions.Add(selectionSet.Location.Start + 1);

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    WalkField(field, parent, file, scope);
                    break;
                case GraphQLInlineFragment inline:
                    var condition = inline.TypeCondition is null ? parent : schema.Find(inline.TypeCondition.Type.Name.StringValue);
                    if (condition is null || !condition.IsComposite)
                    {
                        if (scope.Report)
                            Report(GeneratorDiagnostics.Fragment, file, inline.TypeCondition!.Type, $"The inline fragment is on the unknown or non-composite type '{inline.TypeCondition.Type.Name.StringValue}'");
                        continue;
                    }

                    Walk(inline.SelectionSet, condition, file, scope);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (!documents.Fragments.TryGetValue(name, out var fragment))
                    {
                        if (scope.Report) Report(GeneratorDiagnostics.Fragment, file, spread.FragmentName, $"The fragment '{name}' is not defined");
                        continue;
                    }

                    var type = schema.Find(fragment.Definition.TypeCondition.Type.Name.StringValue);
                    if (type is not null && type.IsComposite && scope.Fragments.Add(name))
                        Walk(fragment.Definition.SelectionSet, type, fragment.File, scope.ForFragment());
                    break;
            }
        }
    }

    private void WalkField(GraphQLField field, TypeDef parent, SourceFile file, Scope scope)
    {
        var name = field.Name.StringValue;
        if (name == "__typename")
        {
            if (field.SelectionSet is not null && scope.Report) Report(GeneratorDiagnostics.Selection, file, field.Name, "'__typename' is a leaf and takes no selection");
            return;
        }

        if (!parent.Fields.TryGetValue(name, out var definition))
        {
            if (scope.Report) Report(GeneratorDiagnostics.UnknownField, file, field.Name, name, parent.Name);
            return;
        }

        var arguments = field.Arguments?.Items ?? new List<GraphQLArgument>();
        foreach (var argument in arguments)
        {
            if (!definition.Arguments.TryGetValue(argument.Name.StringValue, out var argumentDefinition))
            {
                if (scope.Report) Report(GeneratorDiagnostics.Argument, file, argument.Name, $"The field '{parent.Name}.{name}' has no argument '{argument.Name.StringValue}'");
                continue;
            }

            CheckValue(argument.Value, argumentDefinition.Type, $"The argument '{argument.Name.StringValue}' of '{parent.Name}.{name}'", file, scope);
        }

        if (scope.Report)
        {
            foreach (var required in definition.Arguments.Values.Where(a => a.Type.NonNull && !a.HasDefault && arguments.All(x => x.Name.StringValue != a.Name)))
                Report(GeneratorDiagnostics.Argument, file, field.Name, $"The field '{parent.Name}.{name}' requires the argument '{required.Name}'");
        }

        var type = schema.Find(definition.Type.NamedType);
        if (type is null) return;
        if (type.IsComposite && field.SelectionSet is null)
        {
            if (scope.Report) Report(GeneratorDiagnostics.Selection, file, field.Name, $"The field '{parent.Name}.{name}' of type '{definition.Type}' needs a selection of subfields");
        }
        else if (type.IsLeaf && field.SelectionSet is not null)
        {
            if (scope.Report) Report(GeneratorDiagnostics.Selection, file, field.SelectionSet, $"The field '{parent.Name}.{name}' is a leaf of type '{definition.Type}' and takes no selection");
        }
        else if (field.SelectionSet is not null)
        {
            Walk(field.SelectionSet, type, file, scope);
        }
    }

    private void CheckValue(GraphQLValue value, TypeRef expected, string what, SourceFile file, Scope scope)
    {
        foreach (var (variable, location) in Variables(value, expected))
        {
            var name = variable.Name.StringValue;
            scope.Used.Add(name);
            if (scope.Variables is null) continue;
            if (!scope.Variables.TryGetValue(name, out var declared))
                Report(GeneratorDiagnostics.Variable, file, variable, $"The variable '${name}' is not declared by the operation");
            else if (location is not null && !ValueRules.VariableFits(declared, location))
                Report(GeneratorDiagnostics.Variable, file, variable, $"The variable '${name}' of type '{declared}' cannot be used where '{location}' is expected");
        }

        if (!scope.Report) return;
        var problem = ValueRules.LiteralProblem(schema, value, expected);
        if (problem is not null) Report(GeneratorDiagnostics.Argument, file, value, $"{what}: {problem}");
    }

    /// <summary>The variables inside a value with the type expected where each stands (null when that position is unknown).</summary>
    private IEnumerable<(GraphQLVariable Variable, TypeRef? Location)> Variables(GraphQLValue value, TypeRef? expected)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                yield return (variable, expected);
                break;
            case GraphQLListValue list:
                var item = expected?.WithNullable() is { IsList: true } l ? l.OfType : null;
                foreach (var inner in list.Values ?? new List<GraphQLValue>())
                foreach (var found in Variables(inner, item)) yield return found;
                break;
            case GraphQLObjectValue obj:
                var input = expected is null ? null : schema.Find(expected.NamedType);
                foreach (var field in obj.Fields ?? new List<GraphQLObjectField>())
                {
                    var fieldType = input?.InputFields.FirstOrDefault(f => f.Name == field.Name.StringValue)?.Type;
                    foreach (var found in Variables(field.Value, expected is { IsList: false } ? fieldType : null)) yield return found;
                }

                break;
        }
    }

    private void Report(DiagnosticDescriptor descriptor, SourceFile file, ASTNode node, params object[] arguments) =>
        diagnostics.Add(Diagnostic.Create(descriptor, file.At(node), arguments));

    private sealed class Scope(Dictionary<string, TypeRef>? variables, bool report)
    {
        public Dictionary<string, TypeRef>? Variables { get; } = variables;

        /// <summary>False inside fragments, whose field errors are reported once by <see cref="ValidateFragments"/>.</summary>
        public bool Report { get; } = report;

        public HashSet<string> Used { get; private set; } = new();

        public HashSet<string> Fragments { get; private set; } = new();

        public Scope ForFragment() => new(Variables, false) { Used = Used, Fragments = Fragments };
    }
}
