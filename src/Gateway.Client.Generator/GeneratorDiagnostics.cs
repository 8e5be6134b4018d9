using Microsoft.CodeAnalysis;

namespace Gateway.Client.Generator;

/// <summary>Build errors for configuration, schema and documents; ids are stable because builds and tests match on them.</summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "GraphQL";

    public static readonly DiagnosticDescriptor Config = Error("GQL0001", "GraphQL client configuration is invalid", "{0}");
    public static readonly DiagnosticDescriptor Syntax = Error("GQL0002", "GraphQL syntax error", "GraphQL syntax error: {0}");
    public static readonly DiagnosticDescriptor UnknownField = Error("GQL0003", "Unknown field", "The field '{0}' does not exist on the type '{1}'");
    public static readonly DiagnosticDescriptor Argument = Error("GQL0004", "Invalid argument", "{0}");
    public static readonly DiagnosticDescriptor Variable = Error("GQL0005", "Invalid variable", "{0}");
    public static readonly DiagnosticDescriptor Fragment = Error("GQL0006", "Invalid fragment", "{0}");
    public static readonly DiagnosticDescriptor Selection = Error("GQL0007", "Invalid selection", "{0}");
    public static readonly DiagnosticDescriptor Operation = Error("GQL0008", "Invalid operation", "{0}");

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
