using System.Diagnostics;
using System.Text.Json;

namespace Gateway.Playground.Tests;

/// <summary>
/// The graphql-http audit of the GraphQL-over-HTTP specification (the npm package's own <c>auditServer</c>), run with
/// node against the gateway on Kestrel, as deployed: Production settings, no playground in the way. Two of its checks
/// query <c>__type</c>, so introspection is on, as a deployment that allows it has it.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    private static readonly string AuditScript = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Audit", "audit.mjs");

    [Fact]
    public async Task Audit_NoFailureAndNoWarning()
    {
        await using var gateway = await KestrelGateway.StartAsync("Production", new Dictionary<string, string?>
        {
            ["GraphQL:Introspection:Enabled"] = "true",
        });
        var endpoint = new Uri(gateway.BaseAddress, "/graphql");

        var results = await RunAuditAsync(endpoint);

        Assert.True(results.Count >= 30, $"the audit ran only {results.Count} checks");
        var problems = results.Where(r => r.Status != "ok").Select(r => $"{r.Status} {r.Id} {r.Name}: {r.Reason} ({r.Response})").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<AuditResult>> RunAuditAsync(Uri endpoint)
    {
        var start = new ProcessStartInfo("node", [Path.GetFullPath(AuditScript), endpoint.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(AuditScript))!,
        };
        using var node = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = node.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await error}");
        return JsonSerializer.Deserialize<List<AuditResult>>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason, string? Response);
}
