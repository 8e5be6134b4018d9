using System.Net.Http.Json;
using System.Text.Json;
using Gateway.PersistedOperations;
using Gateway.Testing;

namespace Gateway.Tests.PersistedOperations;

/// <summary>
/// The gateway with a manifest folder holding <see cref="Manifest"/>, written to a temporary folder the fixture
/// deletes. <see cref="OnlyAllow"/> chooses whether only those operations run.
/// </summary>
public abstract class PersistedOperationsFixture : GatewayFixture, IAsyncLifetime
{
    public const string People = "query ManifestPeople($n: Int) { people(first: $n) { nodes { email teams { name } } } }";
    public const string UpstreamList = "query ManifestUpstreams { upstreams { source } }";
    public const string Rename = "mutation ManifestInvite { inviteUser(input: { email: \"x@example.com\", role: \"owner\" }) { errors { __typename } } }";

    private readonly string _directory = Directory.CreateTempSubdirectory("persisted-operations-").FullName;

    public static IReadOnlyList<string> Manifest => [People, UpstreamList, Rename];

    protected abstract bool OnlyAllow { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["PersistedOperations:Directory"] = _directory,
        ["PersistedOperations:OnlyAllow"] = OnlyAllow ? "true" : "false",
        ["GraphQL:Limits:MaxCost"] = "1000",
    };

    public new async Task InitializeAsync()
    {
        var manifest = Manifest.ToDictionary(OperationHash.Of, text => text);
        await File.WriteAllTextAsync(Path.Combine(_directory, "client.json"), JsonSerializer.Serialize(manifest));
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>POSTs a JSON body as it is and returns the parsed response.</summary>
    public async Task<GraphQLResponse> PostAsync(object body, string? referer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (referer is not null)
            request.Headers.Referrer = new Uri(referer);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    public static string Code(GraphQLResponse response) => response.Errors.Single().GetProperty("extensions").GetProperty("code").GetString()!;
}

public sealed class OpenPersistedOperationsFixture : PersistedOperationsFixture
{
    protected override bool OnlyAllow => false;
}

public sealed class OnlyAllowFixture : PersistedOperationsFixture
{
    protected override bool OnlyAllow => true;
}
