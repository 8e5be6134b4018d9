using System.Text.Json;
using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;
using Gateway.Graph.Relay;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Federation;

/// <summary>
/// <c>_entities</c> as a supergraph router calls it: representations in a variable, resolved through the same
/// per-request loaders as the rest of the graph, so the upstream calls do not grow with the number of entities.
/// </summary>
public sealed class EntitiesTests(SubgraphGatewayFixture gateway) : IClassFixture<SubgraphGatewayFixture>, IAsyncLifetime
{
    private const string EntitiesQuery = """
        query($representations: [_Any!]!) {
          _entities(representations: $representations) { __typename ... on Person { id email displayName } }
        }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(1_000)]
    public async Task People_MixedByIdAndByEmail_CostExactlyOneDirectoryRead(int count)
    {
        // Arrange: the baseline is what one directory read costs.
        var everyone = await gateway.QueryAsync($"{{ people(first: {SubgraphGatewayFixture.People}) {{ nodes {{ id email }} }} }}");
        everyone.EnsureNoErrors();
        var directoryRead = await gateway.Control.GetStatsAsync();
        var people = everyone.At("people.nodes").EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetString()!, Email: p.GetProperty("email").GetString()!)).Take(count).ToList();
        Assert.Equal(count, people.Count);
        // Even indexes by id, odd ones by email in another letter case: both keys, one request.
        var representations = people.Select((p, i) => i % 2 == 0
            ? (object)new { __typename = "Person", id = p.Id }
            : new { __typename = "Person", email = p.Email.ToUpperInvariant() }).ToList();
        await gateway.Control.ResetAsync();

        // Act
        var response = await gateway.QueryAsync(EntitiesQuery, new { representations });

        // Assert
        response.EnsureNoErrors();
        var entities = response.At("_entities").EnumerateArray().ToList();
        Assert.Equal(people.Select(p => p.Email), entities.Select(e => e.GetProperty("email").GetString()));
        Assert.Equal(people.Select(p => p.Id), entities.Select(e => e.GetProperty("id").GetString()));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(directoryRead.Calls.OrderBy(c => c.Upstream + c.Operation), stats.Calls.OrderBy(c => c.Upstream + c.Operation));
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUsers));
        // The 1,000-people seed has 538 Zoho portal users: 3 pages of at most 200, asked for at once.
        Assert.Equal(3, stats.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(5, stats.Total);
    }

    [Fact]
    public async Task UnknownKeys_GiveNullAtTheirIndex_AndTheRestResolves()
    {
        var representations = new object[]
        {
            new { __typename = "Person", email = "nobody@example.com" },
            new { __typename = "Person", email = EmulatorSeed.AnchorEmail },
            new { __typename = "Person", id = GlobalId.Serialize("Person", "nobody@example.com") },
            new { __typename = "Team", id = GlobalId.Serialize("Team", "no-such-team") },
        };

        var response = await gateway.QueryAsync(EntitiesQuery, new { representations });

        response.EnsureNoErrors();
        var entities = response.At("_entities").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, entities[0].ValueKind);
        Assert.Equal(EmulatorSeed.AnchorEmail, entities[1].GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, entities[2].ValueKind);
        Assert.Equal(JsonValueKind.Null, entities[3].ValueKind);
    }

    [Fact]
    public async Task EveryEntityType_ResolvesByItsGlobalId_InOneRequest()
    {
        var ids = await gateway.QueryAsync("""
            { teams(first: 1) { nodes { id } } projects(first: 1) { nodes { id } }
              contacts(first: 1) { nodes { id folder { id } } } }
            """);
        ids.EnsureNoErrors();
        var representations = new object[]
        {
            new { __typename = "Team", id = ids.At("teams.nodes.0.id").GetString() },
            new { __typename = "Project", id = ids.At("projects.nodes.0.id").GetString() },
            new { __typename = "Contact", id = ids.At("contacts.nodes.0.id").GetString() },
            new { __typename = "ContactFolder", id = ids.At("contacts.nodes.0.folder.id").GetString() },
        };

        var response = await gateway.QueryAsync("""
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                __typename ... on Team { id } ... on Project { id } ... on Contact { id } ... on ContactFolder { id }
              }
            }
            """, new { representations });

        response.EnsureNoErrors();
        var entities = response.At("_entities").EnumerateArray().ToList();
        Assert.Equal(["Team", "Project", "Contact", "ContactFolder"], entities.Select(e => e.GetProperty("__typename").GetString()));
        Assert.Equal(representations.Select(r => (string?)r.GetType().GetProperty("id")!.GetValue(r)), entities.Select(e => e.GetProperty("id").GetString()));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { """[{ "__typename": "Person", "email": "a@b.c" }, { "email": "x@y.z" }]""", "Representation 1 has no `__typename` string" },
        { """["Person"]""", "Representation 0 must be an object" },
        { """[{ "__typename": "Payroll", "id": "1" }]""", "Representation 0 has `__typename` 'Payroll', which is not an entity of this graph" },
        { """[{ "__typename": "Person" }]""", "Representation 0 (Person) must have exactly one key field of `id` or `email`; got none" },
        { """[{ "__typename": "Person", "name": "Ann" }]""", "got `name`" },
        { """[{ "__typename": "Person", "email": 42 }]""", "key `email` must be a non-empty string" },
        { """[{ "__typename": "Person", "email": "not-an-email" }]""", "key `email` must be an email address" },
        { """[{ "__typename": "Team", "id": "not-a-global-id" }]""", "key `id` must be the id of a Team issued by this graph" },
        { """[{ "__typename": "Person", "id": "VGVhbTox" }]""", "key `id` must be the id of a Person issued by this graph" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedRepresentation_IsRefusedWithItsIndexAndReason_BeforeAnyUpstreamCall(string representations, string reason)
    {
        var response = await gateway.QueryAsync(EntitiesQuery, new { representations = JsonDocument.Parse(representations).RootElement });

        var error = Assert.Single(response.Errors);
        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Equal("INVALID_REPRESENTATION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.Root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task MoreRepresentationsThanTheLimit_AreRefused_BeforeAnyUpstreamCall()
    {
        var representations = Enumerable.Range(0, SubgraphGatewayFixture.MaxRepresentations + 1)
            .Select(i => new { __typename = "Person", email = $"person{i}@example.com" }).ToList();

        var response = await gateway.QueryAsync(EntitiesQuery, new { representations });

        var error = Assert.Single(response.Errors);
        Assert.Equal("TOO_MANY_REPRESENTATIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"at most {SubgraphGatewayFixture.MaxRepresentations} representations per call; got {SubgraphGatewayFixture.MaxRepresentations + 1}",
            error.GetProperty("message").GetString());
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task OneUpstreamDown_CostsOnlyItsFields_TheEntitiesStillResolve()
    {
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { ErrorRate = 1 });
        var representations = new[] { new { __typename = "Person", email = EmulatorSeed.AnchorEmail } };

        var response = await gateway.QueryAsync(EntitiesQuery, new { representations });

        Assert.Equal(EmulatorSeed.AnchorEmail, response.At("_entities.0.email").GetString());
        Assert.Contains(response.Errors, e => e.GetProperty("extensions").GetProperty("code").GetString() == "UPSTREAM_UNAVAILABLE");
    }
}
