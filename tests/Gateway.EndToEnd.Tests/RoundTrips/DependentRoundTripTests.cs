using System.Text.RegularExpressions;
using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;
using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.RoundTrips;

/// <summary>The gateway with every upstream call recorded, in subgraph mode for the entity batch.</summary>
public sealed class RecordingGatewayFixture : GatewayFixture
{
    public UpstreamCallTimeline Timeline { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Graph:Federation:Enabled"] = "true",
    };

    protected override void ConfigureWebHost(IWebHostBuilder web) =>
        web.ConfigureTestServices(services => services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(Timeline.CreateHandler)));
}

/// <summary>
/// Each benchmark scenario's request is served in the dependent upstream round-trips bench/README.md lists for it: a
/// resolver that needs a list its root field's prefetch does not start adds one. Every emulator answers after
/// <see cref="LatencyMs"/>, far longer than the gateway takes to start calls that do not wait for each other, so
/// "started after the other ended" tells dependent calls from concurrent ones without measuring speed.
/// </summary>
public sealed class DependentRoundTripTests(RecordingGatewayFixture gateway) : IClassFixture<RecordingGatewayFixture>, IAsyncLifetime
{
    private const int LatencyMs = 300;

    public async Task InitializeAsync()
    {
        await gateway.Control.ResetAsync(data: true);
        foreach (var upstream in new[] { EmulatorUpstreams.Worksection, EmulatorUpstreams.Zoho, EmulatorUpstreams.PeopleV3 })
            await gateway.Control.SetFaultAsync(upstream, new FaultSettings { LatencyMs = LatencyMs });
    }

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Theory]
    [InlineData("person-by-id", "query($id: ID!) { person(id: $id) { id email displayName title } }")]
    [InlineData("person-by-email", "query($email: String!) { personByEmail(email: $email) { id email displayName title } }")]
    [InlineData("directory-page", """
        { people(first: 50) { totalCount pageInfo { hasNextPage endCursor }
            nodes { id email displayName title active
              accounts { source externalId role active }
              teams { id name }
              projectMemberships { role active project { id name } } } } }
        """)]
    [InlineData("team-roster", "query($teamId: ID!) { team(id: $teamId) { id name kind members { id email displayName title } } }")]
    [InlineData("deep-query", """
        query($id: ID!) { person(id: $id) { id displayName
            projects { id name members { role person { id displayName teams { id name } } } } } }
        """)]
    [InlineData("mutation-round-trip", """
        mutation($id: ID!) { updatePerson(input: { id: $id, title: "Head of Operations" }) { person { id title } errors { __typename } } }
        """)]
    [InlineData("entities-by-email", """
        query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id email displayName title } } }
        """)]
    [InlineData("people-email-in", "query($emails: [String!]!) { people(first: 50, where: { email: { in: $emails } }) { nodes { id email displayName title } } }")]
    [InlineData("conflicted-people", "{ people(first: 50, where: { hasConflicts: { eq: true } }) { totalCount nodes { id email displayName conflicts { kind field system chosen values { source externalId value } } } } }")]
    public async Task Scenario_TakesTheDependentRoundTripsTheBenchmarkLists(string scenario, string query)
    {
        var variables = await VariablesAsync();
        gateway.Timeline.Clear();

        var response = await gateway.QueryAsync(query, variables);

        response.EnsureNoErrors();
        Assert.True(gateway.Timeline.Count > 0);
        Assert.Equal(BenchmarkRoundTrips(scenario), gateway.Timeline.DependentRoundTrips());
    }

    // The anchor person (in all three upstreams), a Worksection team, and a batch of emails, read before the timeline starts.
    private async Task<object> VariablesAsync()
    {
        var ids = await gateway.QueryAsync($$"""
            { person: personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { id }
              teams(first: 1, where: { source: { eq: WORKSECTION } }) { nodes { id } }
              people(first: 20) { nodes { email } } }
            """);
        var emails = ids.EnsureNoErrors().At("people.nodes").EnumerateArray().Select(p => p.GetProperty("email").GetString()).ToList();
        return new
        {
            id = ids.At("person.id").GetString(),
            email = EmulatorSeed.AnchorEmail,
            teamId = ids.At("teams.nodes.0.id").GetString(),
            emails,
            representations = emails.Select(email => new { __typename = "Person", email }).ToList(),
        };
    }

    // The last column of the scenario's row in bench/README.md's scenario table starts with its dependent round-trips.
    private static int BenchmarkRoundTrips(string scenario)
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("bench", "README.md"));
        var row = Regex.Match(readme, $@"^\| {Regex.Escape(scenario)} \|.*\| (?<rounds>\d+)[^|]*\|\s*$", RegexOptions.Multiline);
        Assert.True(row.Success, $"bench/README.md lists no dependent round-trips for {scenario}");
        return int.Parse(row.Groups["rounds"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
