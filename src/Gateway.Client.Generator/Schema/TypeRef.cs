using GraphQLParser.AST;

namespace Gateway.Client.Generator.Schema;

/// <summary>A GraphQL type reference: a named type wrapped in lists and non-null markers.</summary>
internal sealed class TypeRef
{
    private TypeRef(string? name, TypeRef? ofType, bool nonNull, bool list)
    {
        Name = name;
        OfType = ofType;
        NonNull = nonNull;
        IsList = list;
    }

    /// <summary>The named type; null for lists and non-null wrappers.</summary>
    public string? Name { get; }

    public TypeRef? OfType { get; }

    public bool NonNull { get; }

    public bool IsList { get; }

    public string NamedType => Name ?? OfType!.NamedType;

    public TypeRef Nullable => NonNull ? OfType! : this;

    public static TypeRef Named(string name) => new(name, null, false, false);

    public static TypeRef From(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => new TypeRef(null, From(nonNull.Type), true, false),
        GraphQLListType list => new TypeRef(null, From(list.Type), false, true),
        GraphQLNamedType named => Named(named.Name.StringValue),
        _ => throw new System.ArgumentException("Unknown type node " + type.Kind),
    };

    public static TypeRef NonNullOf(TypeRef type) => type.NonNull ? type : new TypeRef(null, type, true, false);

    public TypeRef WithNullable() => NonNull ? OfType! : this;

    public override string ToString() => NonNull ? OfType + "!" : IsList ? "[" + OfType + "]" : Name!;

    public override bool Equals(object? obj) => obj is TypeRef other && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode();
}
