using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gateway.Federation.Tests;

/// <summary>
/// The people graph composed into a supergraph with a payroll graph that extends <c>Person</c> by email, queried
/// through Hive Gateway: the answer joins both graphs, and the router calls the people graph with one
/// <c>_entities</c> request per query, whatever the number of people.
/// </summary>
public sealed class SupergraphTests(SupergraphFixture supergraph, ITestOutputHelper output) : IClassFixture<SupergraphFixture>, IAsyncLifetime
{
    public const string PayrollWithDirectoryQuery = """
        { payrollEmployees { email salaryBand displayName title teams { name } } }
        """;

    public Task InitializeAsync() => supergraph.People.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PayrollRootedQuery_JoinsTheDirectory_WithOneEntitiesRequestToThePeopleGraph()
    {
        supergraph.People.Received.Clear();

        var answer = await QueryRouterAsync(PayrollWithDirectoryQuery);

        output.WriteLine(answer.GetRawText());
        Assert.False(answer.TryGetProperty("errors", out var errors), $"errors: {errors}\n{supergraph.Router.Output}");
        var employees = answer.GetProperty("data").GetProperty("payrollEmployees").EnumerateArray().ToList();
        Assert.Equal(supergraph.Employees, employees.Select(e => e.GetProperty("email").GetString()));
        Assert.All(employees, e =>
        {
            Assert.Equal(PayrollSubgraph.BandOf(e.GetProperty("email").GetString()!), e.GetProperty("salaryBand").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("displayName").GetString()));
        });
        Assert.Equal("Operations Lead", employees[0].GetProperty("title").GetString());

        var received = supergraph.People.Received.ToList();
        output.WriteLine(supergraph.Payroll.Sdl);
        output.WriteLine($"The people graph received {received.Count} request(s): " + string.Join("\n", received.Select(r => r.Query)));
        var entities = Assert.Single(received);
        Assert.True(entities.IsEntities, $"expected one _entities request, got: {entities.Query}");
        Assert.Equal(supergraph.Employees.Count, entities.Representations);
        var stats = await supergraph.People.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("worksection", "get_users"));
        Assert.Equal(1, stats.Count("zoho", "GET /portal/{portalId}/users/"));
        Assert.Equal(1, stats.Count("peoplev3", "GET /v3/people"));
        Assert.Equal(1, stats.Count("worksection", "get_user_groups"));
        Assert.Equal(1, stats.Count("peoplev3", "GET /v3/groups"));
        Assert.Equal(5, stats.Total);
    }

    [Fact]
    public async Task PeopleRootedQuery_GetsTheSalaryBandFromPayroll_ByEmail()
    {
        var email = supergraph.Employees[0];
        supergraph.People.Received.Clear();

        var answer = await QueryRouterAsync($$"""{ personByEmail(email: "{{email}}") { email displayName salaryBand } }""");

        output.WriteLine(answer.GetRawText());
        Assert.False(answer.TryGetProperty("errors", out var errors), $"errors: {errors}\n{supergraph.Router.Output}");
        var person = answer.GetProperty("data").GetProperty("personByEmail");
        Assert.Equal(email, person.GetProperty("email").GetString());
        Assert.Equal(PayrollSubgraph.BandOf(email), person.GetProperty("salaryBand").GetString());
        // The people graph answers the root field; payroll gets the _entities call for the band.
        var received = Assert.Single(supergraph.People.Received);
        Assert.False(received.IsEntities, received.Query);
    }

    private async Task<JsonElement> QueryRouterAsync(string query)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync(supergraph.Router.Endpoint, new { query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}\n{supergraph.Router.Output}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
