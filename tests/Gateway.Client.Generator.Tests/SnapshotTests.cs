namespace Gateway.Client.Generator.Tests;

/// <summary>
/// The generated source for a representative document equals the checked-in snapshot in Snapshots/. After an
/// intended change to the generator run `UPDATE_SNAPSHOTS=1 dotnet test tests/Gateway.Client.Generator.Tests`
/// and review the diff of the snapshot files before committing.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("PeopleGraphClient.GetPeople.g.cs")]
    [InlineData("PeopleGraphClient.Fragments.g.cs")]
    [InlineData("PeopleGraphClient.Client.g.cs")]
    public void GeneratedSource_EqualsSnapshot(string hintName)
    {
        var run = GeneratorHarness.Run(("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));
        var path = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "Gateway.Client.Generator.Tests", "Snapshots", hintName);

        var generated = run.Sources[hintName];

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, generated);
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(expected == generated,
            $"{hintName} differs from Snapshots/{hintName}. Run `UPDATE_SNAPSHOTS=1 dotnet test tests/Gateway.Client.Generator.Tests` and review the diff.");
    }
}
