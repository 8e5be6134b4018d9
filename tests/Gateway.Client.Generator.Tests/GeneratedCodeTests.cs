using Microsoft.CodeAnalysis;

namespace Gateway.Client.Generator.Tests;

public sealed class GeneratedCodeTests
{
    [Fact]
    public void GeneratedClient_CompilesWithoutErrorsOrWarnings()
    {
        var run = GeneratorHarness.Run(("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));

        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["PeopleGraphClient.Client.g.cs", "PeopleGraphClient.Fragments.g.cs", "PeopleGraphClient.GetPeople.g.cs", "PeopleGraphClient.Types.g.cs"],
            run.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TwoRuns_InAnyFileOrder_GenerateTheSameSource()
    {
        var first = GeneratorHarness.Run(("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));
        var second = GeneratorHarness.Run(("GetPeople.graphql", Documents.GetPeople), ("PersonCard.graphql", Documents.PersonCard));

        Assert.Equal(first.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), second.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void GeneratedFiles_CarryGeneratedCodeAndNullableEnable()
    {
        var run = GeneratorHarness.Run(("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));

        Assert.All(run.Sources.Values, source =>
        {
            Assert.Contains("#nullable enable", source);
            Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"PeopleGraph.Client.Generator\", \"1.0.0\")]", source);
        });
    }

    [Fact]
    public void InterfaceSelection_DocumentAsksForTypename()
    {
        var run = GeneratorHarness.Run(("PersonCard.graphql", Documents.PersonCard), ("GetPeople.graphql", Documents.GetPeople));

        Assert.Contains("anyNode: node(id: \"\"x\"\") { __typename", run.Sources["PeopleGraphClient.GetPeople.g.cs"]);
    }
}
