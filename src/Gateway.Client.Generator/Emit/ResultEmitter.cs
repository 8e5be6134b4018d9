using System.Collections.Generic;
using System.Linq;

namespace Gateway.Client.Generator.Emit;

/// <summary>Writes result interfaces, their classes and the parser that builds them from the response JSON.</summary>
internal sealed class ResultEmitter(Dictionary<string, Shape> registry, TypeMapper types, string access)
{
    /// <summary>Interfaces (and classes unless <paramref name="interfacesOnly"/>) of a shape and everything nested in it.</summary>
    public void WriteTypes(CodeWriter code, Shape shape, bool interfacesOnly)
    {
        WriteInterface(code, shape);
        if (!interfacesOnly && shape.ClassName is not null) WriteClass(code, shape);
        foreach (var concrete in shape.Concrete) WriteTypes(code, concrete, interfacesOnly);
        foreach (var field in shape.Fields.Where(f => f.Nested is not null)) WriteTypes(code, field.Nested!, interfacesOnly);
    }

    /// <summary>One <c>Parse_</c> method per shape of an operation.</summary>
    public void WriteParsers(CodeWriter code, Shape shape)
    {
        if (shape.Concrete.Count > 0)
        {
            code.Open($"public static {shape.InterfaceName} Parse_{shape.Prefix}(JsonElement e) => JsonRead.TypeName(e) switch");
            foreach (var concrete in shape.Concrete) code.Line($"{Names.Literal(concrete.Type.Name)} => Parse_{concrete.Prefix}(e),");
            code.Line($"var other => throw new JsonException(\"Unexpected __typename '\" + other + \"' for {shape.Type.Name}.\"),");
            code.Close(";").Line();
            foreach (var concrete in shape.Concrete) WriteParsers(code, concrete);
        }
        else
        {
            var arguments = shape.Fields.Select(f => f.Nested is null && f.ResponseName == "__typename"
                ? "JsonRead.TypeName(e)"
                : types.Read(f.Type, $"JsonRead.Member(e, {Names.Literal(f.ResponseName)})", 0, (_, element) => $"Parse_{f.Nested!.Prefix}({element})", f.Conditional));
            code.Line($"public static {shape.InterfaceName} Parse_{shape.Prefix}(JsonElement e) => new {shape.ClassName}({string.Join(", ", arguments)});").Line();
        }

        foreach (var field in shape.Fields.Where(f => f.Nested is not null)) WriteParsers(code, field.Nested!);
    }

    private void WriteInterface(CodeWriter code, Shape shape)
    {
        var bases = Bases(shape).ToList();
        var direct = shape.Implements.Where(registry.ContainsKey).Select(p => registry[p].InterfaceName).ToList();
        code.Line(CodeWriter.GeneratedCode)
            .Open($"{access} partial interface {shape.InterfaceName}{(direct.Count > 0 ? " : " + string.Join(", ", direct) : "")}");
        foreach (var field in shape.Fields)
        {
            var hides = bases.Any(b => b.Fields.Any(f => f.Property == field.Property)) ? "new " : "";
            code.Line($"{hides}{field.CSharpType} {field.Property} {{ get; }}");
        }

        code.Close().Line();
    }

    private void WriteClass(CodeWriter code, Shape shape)
    {
        code.Line(CodeWriter.GeneratedCode).Open($"{access} sealed partial class {shape.ClassName} : {shape.InterfaceName}");
        var parameters = shape.Fields.Select(f => $"{f.CSharpType} {Names.Parameter(f.Property)}");
        code.Open($"public {shape.ClassName}({string.Join(", ", parameters)})");
        foreach (var field in shape.Fields) code.Line($"{field.Property} = {Names.Parameter(field.Property)};");
        code.Close();
        foreach (var field in shape.Fields) code.Line().Line($"public {field.CSharpType} {field.Property} {{ get; }}");

        // Interfaces of fragments declare their own nested types; these members hand out ours, which extend them.
        foreach (var baseShape in Bases(shape).OrderBy(b => b.InterfaceName, System.StringComparer.Ordinal))
        foreach (var field in baseShape.Fields)
        {
            var own = shape.Fields.FirstOrDefault(f => f.Property == field.Property);
            if (own is not null && own.CSharpType != field.CSharpType)
                code.Line().Line($"{field.CSharpType} {baseShape.InterfaceName}.{field.Property} => {field.Property};");
        }

        code.Close().Line();
    }

    private IEnumerable<Shape> Bases(Shape shape)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>(shape.Implements);
        while (queue.Count > 0)
        {
            var prefix = queue.Dequeue();
            if (!seen.Add(prefix) || !registry.TryGetValue(prefix, out var found)) continue;
            yield return found;
            foreach (var next in found.Implements) queue.Enqueue(next);
        }
    }
}
