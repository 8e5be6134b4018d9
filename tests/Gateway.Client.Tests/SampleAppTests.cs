using System.Diagnostics;
using Gateway.Testing;
using PeopleGraph.Client;

namespace Gateway.Client.Tests;

/// <summary>
/// The gateway as Production recommends it (PersistedOperations:OnlyAllow) with the manifest the generator wrote for
/// the sample app, on Kestrel; the sample app runs in its own process and sends hashes, never text.
/// </summary>
public sealed class OnlyAllowSampleManifestFixture : GatewayFixture, IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sample-manifest-").FullName;

    /// <summary>The sample app's build output, in the configuration and framework of this test's.</summary>
    public static string SampleOutput { get; } = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "PeopleGraph.Sample", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, new DirectoryInfo(AppContext.BaseDirectory).Name));

    protected override bool ListenOnLoopback => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["PersistedOperations:Directory"] = _directory,
        ["PersistedOperations:OnlyAllow"] = "true",
    };

    public new async Task InitializeAsync()
    {
        // The manifest alone: the output folder's other JSON files are not manifests.
        File.Copy(Path.Combine(SampleOutput, "persisted-operations.json"), Path.Combine(_directory, "sample.json"));
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class SampleAppTests(OnlyAllowSampleManifestFixture gateway) : IClassFixture<OnlyAllowSampleManifestFixture>
{
    [Fact]
    public async Task SampleApp_SendsIdsFromItsManifest_AgainstOnlyAllow()
    {
        var textRefused = await gateway.QueryAsync("{ upstreams { source } }");

        var (exitCode, output) = await RunSampleAsync(new Uri(gateway.LoopbackAddress!, "/graphql"));

        Assert.Equal("PERSISTED_OPERATION_REQUIRED", textRefused.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(exitCode == 0, output);
        Assert.Contains("people at zillum.com", output);
        Assert.Contains("inviteUser refused role 'owner'", output);
    }

    [Fact]
    public async Task PersistedQueryStrategy_SendsTheDocumentIdOnly()
    {
        using var http = new HttpClient { BaseAddress = new Uri(gateway.LoopbackAddress!, "/graphql") };
        var transport = new Http.HttpGraphQLTransport(http);
        var request = new OperationRequest("GetUpstreams", GetUpstreamsQuery.Document, null, GetUpstreamsQuery.Hash, RequestStrategy.PersistedQuery);

        using var answer = await transport.SendAsync(request, default);

        Assert.False(answer.RootElement.TryGetProperty("errors", out _), answer.RootElement.ToString());
        Assert.Equal(3, answer.RootElement.GetProperty("data").GetProperty("upstreams").GetArrayLength());
    }

    private static async Task<(int ExitCode, string Output)> RunSampleAsync(Uri endpoint)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(OnlyAllowSampleManifestFixture.SampleOutput, "PeopleGraph.Sample.dll"), endpoint.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var sample = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = sample.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = sample.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await sample.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            sample.Kill(entireProcessTree: true);
            throw;
        }
        return (sample.ExitCode, await output + await error);
    }
}
