using System.Collections.Generic;
using System.Linq;
using Gateway.Client.Generator.Documents;
using Gateway.Client.Generator.Schema;
using GraphQLParser.AST;

namespace Gateway.Client.Generator.Emit;

/// <summary>
/// Turns selection sets into shapes the way Strawberry Shake names them: by path, fragments as interfaces the
/// result types extend, and one class per possible object type under a union or interface.
/// </summary>
internal sealed class ShapeBuilder(SchemaModel schema, DocumentSet documents, TypeMapper types)
{
    public Dictionary<string, Shape> Registry { get; } = new();

    public Shape BuildFragment(FragmentSource fragment)
    {
        var type = schema.Types[fragment.Definition.TypeCondition.Type.Name.StringValue];
        return Build(fragment.Name, "I" + fragment.Name, null, type, new[] { new ShapeSource(fragment.Definition.SelectionSet, fragment.Name, type.Name) }, true);
    }

    public Shape BuildOperation(OperationSource operation, TypeDef root) =>
        Build(operation.Name, "I" + operation.Name + "Result", operation.Name + "Result", root,
            new[] { new ShapeSource(operation.Definition.SelectionSet, operation.Name, root.Name) }, false);

    private Shape Build(string prefix, string interfaceName, string? className, TypeDef type, IReadOnlyList<ShapeSource> sources, bool fragment)
    {
        var shape = new Shape(prefix, interfaceName, type.IsAbstract || fragment ? null : className, type);
        Registry[prefix] = shape;
        Fill(shape, type.Name, type.IsAbstract, sources, fragment);
        if (type.IsAbstract && !fragment)
        {
            foreach (var possible in schema.PossibleTypes(type.Name))
            {
                var concrete = new Shape(prefix + "_" + possible, "I" + prefix + "_" + possible, prefix + "_" + possible, schema.Types[possible]);
                Registry[concrete.Prefix] = concrete;
                concrete.Implements.Add(prefix);
                Fill(concrete, possible, false, sources, false);
                shape.Concrete.Add(concrete);
            }
        }

        return shape;
    }

    private void Fill(Shape shape, string target, bool targetAbstract, IReadOnlyList<ShapeSource> sources, bool fragment)
    {
        var fields = new List<KeyValuePair<string, List<(GraphQLField Field, string Origin)>>>();
        foreach (var source in sources) Collect(shape, target, targetAbstract, source.SelectionSet, source.Origin, source.OriginType, fields);

        foreach (var entry in fields)
        {
            var first = entry.Value[0].Field;
            var name = first.Name.StringValue;
            var property = Names.Pascal(entry.Key);
            var conditional = entry.Value.All(n => n.Field.Directives?.Items.Any(d => d.Name.StringValue is "include" or "skip") == true);
            if (name == "__typename")
            {
                shape.Fields.Add(new ShapeField(entry.Key, property, TypeRef.NonNullOf(TypeRef.Named("String")), false, null, "string"));
                continue;
            }

            var definition = schema.Types[target].Fields.TryGetValue(name, out var own) ? own : schema.Types[shape.Type.Name].Fields[name];
            var fieldType = schema.Types[definition.Type.NamedType];
            Shape? nested = null;
            if (fieldType.IsComposite)
            {
                var nestedPrefix = shape.Prefix + "_" + property;
                var nestedSources = entry.Value
                    .Where(n => n.Field.SelectionSet is not null)
                    .Select(n => new ShapeSource(n.Field.SelectionSet!, n.Origin == shape.Prefix ? nestedPrefix : n.Origin + "_" + property, fieldType.Name))
                    .ToList();
                nested = Build(nestedPrefix, "I" + nestedPrefix, nestedPrefix, fieldType, nestedSources, fragment);
            }

            var csharp = types.CSharp(definition.Type, _ => nested!.InterfaceName, conditional);
            shape.Fields.Add(new ShapeField(entry.Key, property, definition.Type, conditional, nested, csharp));
        }
    }

    private void Collect(Shape shape, string target, bool targetAbstract, GraphQLSelectionSet set, string origin, string originType,
        List<KeyValuePair<string, List<(GraphQLField, string)>>> fields)
    {
        if (origin != shape.Prefix) shape.Implements.Add(origin);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                    var index = fields.FindIndex(f => f.Key == key);
                    if (index < 0) fields.Add(new KeyValuePair<string, List<(GraphQLField, string)>>(key, new List<(GraphQLField, string)> { (field, origin) }));
                    else fields[index].Value.Add((field, origin));
                    break;
                case GraphQLInlineFragment inline:
                    var condition = inline.TypeCondition?.Type.Name.StringValue;
                    if (!Applies(condition, target, targetAbstract)) break;
                    var same = condition is null || condition == originType;
                    Collect(shape, target, targetAbstract, inline.SelectionSet, same ? origin : shape.Prefix, same ? originType : target, fields);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = documents.Fragments[spread.FragmentName.Name.StringValue];
                    var fragmentType = fragment.Definition.TypeCondition.Type.Name.StringValue;
                    if (Applies(fragmentType, target, targetAbstract))
                        Collect(shape, target, targetAbstract, fragment.Definition.SelectionSet, fragment.Name, fragmentType, fields);
                    break;
            }
        }
    }

    private bool Applies(string? condition, string target, bool targetAbstract) =>
        condition is null || condition == target || (!targetAbstract && schema.Covers(condition, target));
}
