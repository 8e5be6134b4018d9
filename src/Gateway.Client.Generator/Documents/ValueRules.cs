using System.Linq;
using Gateway.Client.Generator.Schema;
using GraphQLParser.AST;

namespace Gateway.Client.Generator.Documents;

/// <summary>Literal and variable compatibility (GraphQL spec 5.6.1 Values of Correct Type, 5.8.5 All Variable Usages Are Allowed).</summary>
internal static class ValueRules
{
    /// <summary>Why <paramref name="value"/> (not a variable) cannot stand where <paramref name="expected"/> is; null when it can.</summary>
    public static string? LiteralProblem(SchemaModel schema, GraphQLValue value, TypeRef expected)
    {
        if (value is GraphQLNullValue) return expected.NonNull ? $"null is not allowed for '{expected}'" : null;
        if (value is GraphQLVariable) return null;
        if (expected.NonNull) return LiteralProblem(schema, value, expected.OfType!);
        if (expected.IsList)
        {
            return value is GraphQLListValue list
                ? (list.Values ?? new System.Collections.Generic.List<GraphQLValue>()).Select(v => LiteralProblem(schema, v, expected.OfType!)).FirstOrDefault(p => p is not null)
                : LiteralProblem(schema, value, expected.OfType!);
        }

        var type = schema.Find(expected.Name!);
        if (type is null) return null;
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return value is GraphQLEnumValue e && type.EnumValues.Contains(e.Name.StringValue) ? null : $"expected a value of the enum '{type.Name}'";
            case TypeKind.InputObject:
                if (value is not GraphQLObjectValue obj) return $"expected an input object '{type.Name}'";
                var fields = obj.Fields ?? new System.Collections.Generic.List<GraphQLObjectField>();
                foreach (var field in fields)
                {
                    var definition = type.InputFields.FirstOrDefault(f => f.Name == field.Name.StringValue);
                    if (definition is null) return $"the input type '{type.Name}' has no field '{field.Name.StringValue}'";
                    var problem = LiteralProblem(schema, field.Value, definition.Type);
                    if (problem is not null) return $"{type.Name}.{definition.Name}: {problem}";
                }

                var missing = type.InputFields.FirstOrDefault(f => f.Type.NonNull && !f.HasDefault && fields.All(x => x.Name.StringValue != f.Name));
                return missing is null ? null : $"the required field '{missing.Name}' of '{type.Name}' is missing";
            default:
                return ScalarProblem(type.Name, value);
        }
    }

    /// <summary>Whether a variable of <paramref name="variable"/> type may flow where <paramref name="location"/> is expected.</summary>
    public static bool VariableFits(TypeRef variable, TypeRef location)
    {
        if (location.NonNull) return variable.NonNull && VariableFits(variable.OfType!, location.OfType!);
        if (variable.NonNull) return VariableFits(variable.OfType!, location);
        if (location.IsList || variable.IsList) return location.IsList && variable.IsList && VariableFits(variable.OfType!, location.OfType!);
        return variable.Name == location.Name;
    }

    private static string? ScalarProblem(string scalar, GraphQLValue value)
    {
        var ok = scalar switch
        {
            "Int" => value is GraphQLIntValue,
            "Float" or "Decimal" => value is GraphQLIntValue or GraphQLFloatValue,
            "String" or "DateTime" => value is GraphQLStringValue,
            "ID" => value is GraphQLStringValue or GraphQLIntValue,
            "Boolean" => value is GraphQLBooleanValue,
            _ => true,
        };
        return ok ? null : $"expected a value of type '{scalar}'";
    }
}
