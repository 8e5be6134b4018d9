using System.Collections.Generic;
using System.Linq;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Client.Generator.Schema;

/// <summary>Builds a <see cref="SchemaModel"/> from SDL, with the built-in scalars.</summary>
internal static class SchemaReader
{
    public static SchemaModel Read(GraphQLDocument document)
    {
        var schema = new SchemaModel();
        foreach (var scalar in new[] { "String", "Int", "Float", "Boolean", "ID" })
            schema.Types[scalar] = new TypeDef(scalar, TypeKind.Scalar);

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition root:
                    foreach (var operation in root.OperationTypes)
                    {
                        var name = operation.Type!.Name.StringValue;
                        if (operation.Operation == OperationType.Query) schema.QueryType = name;
                        else if (operation.Operation == OperationType.Mutation) schema.MutationType = name;
                        else schema.SubscriptionType = name;
                    }

                    break;
                case GraphQLObjectTypeDefinition obj:
                    schema.Types[obj.Name.StringValue] = Complex(obj.Name.StringValue, TypeKind.Object, obj.Fields, obj.Interfaces);
                    break;
                case GraphQLInterfaceTypeDefinition iface:
                    schema.Types[iface.Name.StringValue] = Complex(iface.Name.StringValue, TypeKind.Interface, iface.Fields, iface.Interfaces);
                    break;
                case GraphQLUnionTypeDefinition union:
                    var unionType = new TypeDef(union.Name.StringValue, TypeKind.Union);
                    unionType.UnionMembers.AddRange(union.Types?.Items.Select(t => t.Name.StringValue) ?? Enumerable.Empty<string>());
                    schema.Types[unionType.Name] = unionType;
                    break;
                case GraphQLEnumTypeDefinition enumeration:
                    var enumType = new TypeDef(enumeration.Name.StringValue, TypeKind.Enum);
                    enumType.EnumValues.AddRange(enumeration.Values?.Items.Select(v => v.Name.StringValue) ?? Enumerable.Empty<string>());
                    schema.Types[enumType.Name] = enumType;
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    var inputType = new TypeDef(input.Name.StringValue, TypeKind.InputObject);
                    inputType.InputFields.AddRange(input.Fields?.Items.Select(InputValue) ?? Enumerable.Empty<InputValueDef>());
                    schema.Types[inputType.Name] = inputType;
                    break;
                case GraphQLScalarTypeDefinition scalar:
                    schema.Types[scalar.Name.StringValue] = new TypeDef(scalar.Name.StringValue, TypeKind.Scalar);
                    break;
            }
        }

        if (schema.MutationType is null && schema.Types.ContainsKey("Mutation")) schema.MutationType = "Mutation";
        return schema;
    }

    private static TypeDef Complex(string name, TypeKind kind, GraphQLFieldsDefinition? fields, GraphQLImplementsInterfaces? interfaces)
    {
        var type = new TypeDef(name, kind);
        type.Interfaces.AddRange(interfaces?.Items.Select(i => i.Name.StringValue) ?? Enumerable.Empty<string>());
        foreach (var field in fields?.Items ?? new List<GraphQLFieldDefinition>())
        {
            var arguments = (field.Arguments?.Items ?? new List<GraphQLInputValueDefinition>()).Select(InputValue).ToDictionary(a => a.Name);
            type.Fields[field.Name.StringValue] = new FieldDef(field.Name.StringValue, TypeRef.From(field.Type), arguments);
        }

        return type;
    }

    private static InputValueDef InputValue(GraphQLInputValueDefinition value) =>
        new(value.Name.StringValue, TypeRef.From(value.Type), value.DefaultValue is not null);
}
