using System.Collections.Generic;

namespace Gateway.Client.Generator.Config;

/// <summary>The parts of <c>.graphqlrc.json</c> (graphql-config shape, <c>extensions.strawberryShake</c>) the generator uses.</summary>
internal sealed record ClientConfig(string SchemaPath, string Name, string Namespace, string AccessModifier, bool DependencyInjection, string RequestStrategy = "Default")
{
    /// <summary>The values of <c>requestStrategy</c> (Strawberry Shake's names), as the runtime's <c>RequestStrategy</c> enum names them.</summary>
    public static readonly string[] RequestStrategies = { "Default", "PersistedQuery", "AutomaticPersistedQuery" };

    /// <summary>Reads the config; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static ClientConfig? Read(string configPath, string text, out string? error)
    {
        error = null;
        try
        {
            if (MiniJson.Parse(text) is not Dictionary<string, object?> root) { error = "must be a JSON object"; return null; }
            if (!root.TryGetValue("schema", out var schema) || schema is not string schemaPath) { error = "needs \"schema\": the path of the schema file"; return null; }
            var options = root.TryGetValue("extensions", out var e) && e is Dictionary<string, object?> extensions
                && extensions.TryGetValue("strawberryShake", out var s) && s is Dictionary<string, object?> shake ? shake : new Dictionary<string, object?>();
            var name = options.TryGetValue("name", out var n) && n is string nameText ? nameText : "GraphQLClient";
            var ns = options.TryGetValue("namespace", out var x) && x is string nsText ? nsText : name;
            var access = options.TryGetValue("accessModifier", out var a) && a is string accessText ? accessText : "public";
            if (access != "public" && access != "internal") { error = "accessModifier must be \"public\" or \"internal\""; return null; }
            var di = !options.TryGetValue("dependencyInjection", out var d) || d is not bool diValue || diValue;
            var strategy = options.TryGetValue("requestStrategy", out var r) && r is string strategyText ? strategyText : "Default";
            if (System.Array.IndexOf(RequestStrategies, strategy) < 0) { error = "requestStrategy must be \"Default\", \"PersistedQuery\" or \"AutomaticPersistedQuery\""; return null; }
            return new ClientConfig(PathText.Combine(PathText.Directory(configPath), schemaPath), name, ns, access, di, strategy);
        }
        catch (System.FormatException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
