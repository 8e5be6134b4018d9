using System.Collections.Generic;
using Gateway.Client.Generator.Config;
using Gateway.Client.Generator.Documents;

namespace Gateway.Client.Generator.Emit;

/// <summary>Writes <c>IPeopleGraphClient</c>, its class and the <c>AddPeopleGraphClient</c> registration.</summary>
internal static class ClientEmitter
{
    public static string Write(ClientConfig config, IReadOnlyList<OperationSource> operations)
    {
        var code = CodeWriter.File(config.Namespace);
        code.Line(CodeWriter.GeneratedCode).Open($"{config.AccessModifier} partial interface I{config.Name}");
        foreach (var operation in operations) code.Line($"I{operation.Name}{OperationEmitter.Kind(operation)} {operation.Name} {{ get; }}");
        code.Close().Line();

        code.Line(CodeWriter.GeneratedCode).Open($"{config.AccessModifier} sealed partial class {config.Name} : I{config.Name}");
        code.Open($"public {config.Name}(IGraphQLTransport transport)");
        foreach (var operation in operations) code.Line($"{operation.Name} = new {operation.Name}{OperationEmitter.Kind(operation)}(transport);");
        code.Close();
        foreach (var operation in operations) code.Line().Line($"public I{operation.Name}{OperationEmitter.Kind(operation)} {operation.Name} {{ get; }}");
        code.Close().Close();

        if (config.DependencyInjection)
        {
            code.Line().Open("namespace Microsoft.Extensions.DependencyInjection")
                .Line(CodeWriter.GeneratedCode)
                .Open($"{config.AccessModifier} static partial class {config.Name}ServiceCollectionExtensions")
                .Line($"/// <summary>Registers <see cref=\"global::{config.Namespace}.I{config.Name}\"/> over a named HttpClient; configure it with ConfigureHttpClient.</summary>")
                .Line($"public static IHttpClientBuilder Add{config.Name}(this IServiceCollection services) =>")
                .Line($"    global::Gateway.Client.GraphQLClientServiceCollectionExtensions.AddGraphQLClient<global::{config.Namespace}.I{config.Name}>(")
                .Line($"        services, {Names.Literal(config.Name)}, transport => new global::{config.Namespace}.{config.Name}(transport));")
                .Close().Close();
        }

        return code.ToString();
    }
}
