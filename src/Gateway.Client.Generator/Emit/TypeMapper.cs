using System.Collections.Generic;
using Gateway.Client.Generator.Schema;

namespace Gateway.Client.Generator.Emit;

/// <summary>C# types, JSON readers and writers for GraphQL types; remembers which enums and inputs the client uses.</summary>
internal sealed class TypeMapper(SchemaModel schema, string clientName)
{
    public SortedSet<string> UsedEnums { get; } = new(System.StringComparer.Ordinal);

    public SortedSet<string> UsedInputs { get; } = new(System.StringComparer.Ordinal);

    public string InputWriter => clientName + "InputWriter";

    /// <summary>The C# type; <paramref name="named"/> gives the type of a composite named type (the result interface).</summary>
    public string CSharp(TypeRef type, System.Func<string, string>? named = null, bool forceNullable = false)
    {
        if (type.NonNull && !forceNullable) return Inner(type.OfType!, named);
        var inner = Inner(type.WithNullable(), named);
        return inner + "?";
    }

    public bool IsValueType(TypeRef type)
    {
        if (type.IsList) return false;
        var named = schema.Find(type.NamedType);
        return named?.Kind == TypeKind.Enum || (named?.Kind == TypeKind.Scalar && type.NamedType is not ("String" or "ID"));
    }

    /// <summary>An expression reading <paramref name="element"/> as <paramref name="type"/>.</summary>
    public string Read(TypeRef type, string element, int depth, System.Func<string, string, string> composite, bool forceNullable = false)
    {
        if (type.NonNull && !forceNullable) return ReadInner(type.OfType!, element, depth, composite);
        var inner = type.WithNullable();
        var x = "x" + depth;
        var helper = IsValueType(inner) ? "JsonRead.NullableValue" : "JsonRead.Nullable";
        return $"{helper}({element}, {x} => {ReadInner(inner, x, depth + 1, composite)})";
    }

    private string ReadInner(TypeRef type, string element, int depth, System.Func<string, string, string> composite)
    {
        if (type.IsList) return $"JsonRead.List({element}, x{depth} => {Read(type.OfType!, "x" + depth, depth + 1, composite)})";
        var named = schema.Find(type.Name!)!;
        switch (named.Kind)
        {
            case TypeKind.Enum:
                UsedEnums.Add(named.Name);
                return $"{named.Name}Serializer.Parse(JsonRead.String({element}))";
            case TypeKind.Scalar:
                return named.Name switch
                {
                    "String" or "ID" => $"JsonRead.String({element})",
                    "Int" => $"JsonRead.Int({element})",
                    "Float" => $"JsonRead.Float({element})",
                    "Boolean" => $"JsonRead.Boolean({element})",
                    "Decimal" => $"JsonRead.Decimal({element})",
                    "DateTime" => $"JsonRead.DateTime({element})",
                    _ => $"JsonRead.Any({element})",
                };
            default:
                return composite(named.Name, element);
        }
    }

    /// <summary>Statements writing <paramref name="value"/> of <paramref name="type"/> to the writer <c>w</c>.</summary>
    public void Write(CodeWriter code, TypeRef type, string value, int depth)
    {
        if (!type.NonNull)
        {
            code.Open($"if ({value} is {{ }} v{depth})");
            WriteInner(code, type, "v" + depth, depth + 1);
            code.Close().Line("else w.WriteNullValue();");
            return;
        }

        WriteInner(code, type.OfType!, value, depth);
    }

    private void WriteInner(CodeWriter code, TypeRef type, string value, int depth)
    {
        if (type.IsList)
        {
            code.Line("w.WriteStartArray();").Open($"foreach (var i{depth} in {value})");
            Write(code, type.OfType!, "i" + depth, depth + 1);
            code.Close().Line("w.WriteEndArray();");
            return;
        }

        var named = schema.Find(type.Name!)!;
        switch (named.Kind)
        {
            case TypeKind.Enum:
                UsedEnums.Add(named.Name);
                code.Line($"w.WriteStringValue({named.Name}Serializer.Format({value}));");
                break;
            case TypeKind.InputObject:
                MarkInput(named.Name);
                code.Line($"{InputWriter}.Write(w, {value});");
                break;
            default:
                code.Line(named.Name switch
                {
                    "String" or "ID" or "DateTime" => $"w.WriteStringValue({value});",
                    "Int" or "Float" or "Decimal" => $"w.WriteNumberValue({value});",
                    "Boolean" => $"w.WriteBooleanValue({value});",
                    _ => $"{value}.WriteTo(w);",
                });
                break;
        }
    }

    private string Inner(TypeRef type, System.Func<string, string>? named)
    {
        if (type.IsList) return $"IReadOnlyList<{CSharp(type.OfType!, named)}>";
        var definition = schema.Find(type.Name!)!;
        switch (definition.Kind)
        {
            case TypeKind.Enum:
                UsedEnums.Add(definition.Name);
                return definition.Name;
            case TypeKind.InputObject:
                MarkInput(definition.Name);
                return definition.Name;
            case TypeKind.Scalar:
                return definition.Name switch
                {
                    "String" or "ID" => "string",
                    "Int" => "int",
                    "Float" => "double",
                    "Boolean" => "bool",
                    "Decimal" => "decimal",
                    "DateTime" => "DateTimeOffset",
                    _ => "JsonElement",
                };
            default:
                return named!(definition.Name);
        }
    }

    private void MarkInput(string name)
    {
        if (!UsedInputs.Add(name)) return;
        foreach (var field in schema.Types[name].InputFields) Inner(field.Type.WithNullable(), null);
    }
}
