using System.Collections.Generic;
using Gateway.Client.Generator.Schema;
using GraphQLParser.AST;

namespace Gateway.Client.Generator.Emit;

/// <summary>A selection set where it is used: one result interface, and a class when an operation returns it.</summary>
internal sealed class Shape(string prefix, string interfaceName, string? className, TypeDef type)
{
    /// <summary>The path that names this shape and prefixes its nested shapes, e.g. <c>GetPeople_People_Nodes</c>.</summary>
    public string Prefix { get; } = prefix;

    public string InterfaceName { get; } = interfaceName;

    public string? ClassName { get; } = className;

    public TypeDef Type { get; } = type;

    public List<ShapeField> Fields { get; } = new();

    /// <summary>Prefixes of the shapes whose interfaces this one extends (fragments, the common part of an abstract type).</summary>
    public SortedSet<string> Implements { get; } = new(System.StringComparer.Ordinal);

    /// <summary>For an abstract type in an operation: one shape per possible object type.</summary>
    public List<Shape> Concrete { get; } = new();
}

/// <summary>One response field of a shape.</summary>
internal sealed record ShapeField(string ResponseName, string Property, TypeRef Type, bool Conditional, Shape? Nested, string CSharpType);

/// <summary>A selection set feeding a shape and the shape whose interface declares the fields found in it.</summary>
internal sealed record ShapeSource(GraphQLSelectionSet SelectionSet, string Origin, string OriginType);
