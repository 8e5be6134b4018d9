using System.Collections.Generic;
using System.Linq;

namespace Gateway.Client.Generator.Schema;

internal enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>An argument or an input field.</summary>
internal sealed record InputValueDef(string Name, TypeRef Type, bool HasDefault);

/// <summary>An output field with its arguments.</summary>
internal sealed record FieldDef(string Name, TypeRef Type, IReadOnlyDictionary<string, InputValueDef> Arguments);

/// <summary>A named type of the schema, in declaration order of its members.</summary>
internal sealed class TypeDef(string name, TypeKind kind)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    public Dictionary<string, FieldDef> Fields { get; } = new();

    public List<InputValueDef> InputFields { get; } = new();

    public List<string> EnumValues { get; } = new();

    public List<string> Interfaces { get; } = new();

    public List<string> UnionMembers { get; } = new();

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsInput => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;
}

/// <summary>The schema the documents are validated and generated against.</summary>
internal sealed class SchemaModel
{
    public Dictionary<string, TypeDef> Types { get; } = new();

    public string QueryType { get; set; } = "Query";

    public string? MutationType { get; set; }

    public string? SubscriptionType { get; set; }

    public TypeDef? Find(string name) => Types.TryGetValue(name, out var type) ? type : null;

    /// <summary>The object types an abstract type stands for, sorted by name (generated code is ordered by it).</summary>
    public IReadOnlyList<string> PossibleTypes(string name)
    {
        var type = Types[name];
        var result = new List<string>();
        if (type.Kind == TypeKind.Object) result.Add(name);
        else if (type.Kind == TypeKind.Union) result.AddRange(type.UnionMembers);
        else if (type.Kind == TypeKind.Interface)
        {
            foreach (var candidate in Types.Values)
                if (candidate.Kind == TypeKind.Object && candidate.Interfaces.Contains(name)) result.Add(candidate.Name);
        }

        result.Sort(System.StringComparer.Ordinal);
        return result;
    }

    /// <summary>Whether a fragment on <paramref name="condition"/> applies to an object of type <paramref name="objectType"/>.</summary>
    public bool Covers(string condition, string objectType) => condition == objectType || PossibleTypes(condition).Contains(objectType);
}
