using Gateway.Emulators.Seeding;

namespace Gateway.Federation.Tests;

/// <summary>
/// A real supergraph: the people graph and the payroll graph, composed from schema/schema.federation.graphql and
/// payroll's SDL by @theguild/federation-composition, served by Hive Gateway. Everything runs on 127.0.0.1 and is
/// stopped when the test class ends.
/// </summary>
public sealed class SupergraphFixture : IAsyncLifetime
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("supergraph-").FullName;

    public PeopleSubgraphFixture People { get; } = new();

    public PayrollSubgraph Payroll { get; private set; } = null!;

    public HiveGateway Router { get; private set; } = null!;

    /// <summary>Who is on payroll: three people of the seeded directory, by email.</summary>
    public IReadOnlyList<string> Employees { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await People.InitializeAsync();
        var directory = await People.QueryAsync("{ people(first: 3, where: { email: { neq: \"" + EmulatorSeed.AnchorEmail + "\" } }) { nodes { email } } }");
        Employees = [EmulatorSeed.AnchorEmail, .. directory.EnsureNoErrors().At("people.nodes").EnumerateArray().Select(p => p.GetProperty("email").GetString()!).Take(2)];
        Payroll = await PayrollSubgraph.StartAsync(Employees);

        var peopleSdl = Path.Combine(RepositoryRoot(), "schema", "schema.federation.graphql");
        var payrollSdl = Path.Combine(workDirectory, "payroll.graphql");
        await File.WriteAllTextAsync(payrollSdl, Payroll.Sdl);
        var supergraph = Path.Combine(workDirectory, "supergraph.graphql");
        await SupergraphTools.ComposeAsync(supergraph, [("people", People.Endpoint, peopleSdl), ("payroll", Payroll.Endpoint, payrollSdl)]);

        Router = await HiveGateway.StartAsync(supergraph, TimeSpan.FromSeconds(90));
    }

    public async Task DisposeAsync()
    {
        if (Router is not null) await Router.DisposeAsync();
        if (Payroll is not null) await Payroll.DisposeAsync();
        await People.DisposeAsync();
        Directory.Delete(workDirectory, recursive: true);
    }

    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(SupergraphTools.Root, "..", "..", ".."));
}
