using System.Linq;
using Gateway.Client.Generator.Schema;

namespace Gateway.Client.Generator.Emit;

/// <summary>Writes the enums and input types the operations use, with their JSON conversions.</summary>
internal sealed class TypesEmitter(SchemaModel schema, TypeMapper types, string access)
{
    public string Write(string ns)
    {
        var code = CodeWriter.File(ns);
        foreach (var name in types.UsedInputs.ToList())
        {
            code.Line(CodeWriter.GeneratedCode).Open($"{access} sealed partial class {name}");
            var first = true;
            foreach (var field in schema.Types[name].InputFields)
            {
                if (!first) code.Line();
                first = false;
                var csharp = types.CSharp(field.Type);
                code.Line($"public {csharp} {Names.Pascal(field.Name)} {{ get; set; }}{(field.Type.NonNull && !types.IsValueType(field.Type) ? " = default!;" : "")}");
            }

            code.Close().Line();
        }

        if (types.UsedInputs.Count > 0)
        {
            code.Line(CodeWriter.GeneratedCode).Open($"internal static class {types.InputWriter}");
            var firstInput = true;
            foreach (var name in types.UsedInputs.ToList())
            {
                if (!firstInput) code.Line();
                firstInput = false;
                code.Open($"public static void Write(Utf8JsonWriter w, {name} value)").Line("w.WriteStartObject();");
                foreach (var field in schema.Types[name].InputFields)
                {
                    var property = "value." + Names.Pascal(field.Name);
                    if (field.Type.NonNull)
                    {
                        code.Line($"w.WritePropertyName({Names.Literal(field.Name)});");
                        types.Write(code, field.Type, property, 0);
                        continue;
                    }

                    // Unset optional fields are left out: "absent" and "null" differ for filters (eq: null matches a missing value).
                    code.Open($"if ({property} is not null)").Line($"w.WritePropertyName({Names.Literal(field.Name)});");
                    types.Write(code, field.Type, property, 0);
                    code.Close();
                }

                code.Line("w.WriteEndObject();").Close();
            }

            code.Close().Line();
        }

        foreach (var name in types.UsedEnums.ToList())
        {
            var values = schema.Types[name].EnumValues;
            code.Line(CodeWriter.GeneratedCode).Open($"{access} enum {name}");
            foreach (var value in values) code.Line(Names.EnumMember(value) + ",");
            code.Close().Line();

            code.Line(CodeWriter.GeneratedCode).Open($"internal static class {name}Serializer");
            code.Open($"public static {name} Parse(string value) => value switch");
            foreach (var value in values) code.Line($"{Names.Literal(value)} => {name}.{Names.EnumMember(value)},");
            code.Line($"_ => throw new JsonException(\"Unknown {name} value '\" + value + \"'.\"),").Close(";").Line();
            code.Open($"public static string Format({name} value) => value switch");
            foreach (var value in values) code.Line($"{name}.{Names.EnumMember(value)} => {Names.Literal(value)},");
            code.Line("_ => throw new ArgumentOutOfRangeException(nameof(value)),").Close(";");
            code.Close().Line();
        }

        code.Close();
        return code.ToString();
    }
}
