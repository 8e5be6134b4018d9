using Microsoft.CodeAnalysis;

namespace Gateway.Client.Generator.Tests;

/// <summary>Invalid documents fail the build with an error at the .graphql file, line and column (1-based here).</summary>
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData("unknown field", "query Q {\n  people {\n    nodes { nickname }\n  }\n}", "GQL0003", 3, 13)]
    [InlineData("wrong argument type", "query Q {\n  people(first: \"ten\") { totalCount }\n}", "GQL0004", 2, 17)]
    [InlineData("wrong enum value", "query Q {\n  people(order: [{ email: UP }]) { totalCount }\n}", "GQL0004", 2, 17)]
    [InlineData("undeclared variable", "query Q {\n  personByEmail(email: $email) { id }\n}", "GQL0005", 2, 24)]
    [InlineData("variable of the wrong type", "query Q($email: Int!) {\n  personByEmail(email: $email) { id }\n}", "GQL0005", 2, 24)]
    [InlineData("unused variable", "query Q($first: Int) {\n  upstreams { name }\n}", "GQL0005", 1, 9)]
    [InlineData("missing required argument", "query Q {\n  personByEmail { id }\n}", "GQL0004", 2, 3)]
    [InlineData("unknown type in a fragment", "query Q {\n  node(id: \"1\") { ... on Robot { id } }\n}", "GQL0006", 2, 26)]
    [InlineData("leaf without selection", "query Q {\n  people { pageInfo }\n}", "GQL0007", 2, 12)]
    [InlineData("syntax error", "query Q {\n  people { totalCount \n}", "GQL0002", 3, 2)]
    public void InvalidDocument_ReportsErrorAtFileLineAndColumn(string scenario, string document, string id, int line, int column)
    {
        var run = GeneratorHarness.Run(("Bad.graphql", document));

        var diagnostic = Assert.Single(run.Diagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(diagnostic.Id == id, $"{scenario}: got {diagnostic.Id} {diagnostic.GetMessage()}");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal($"{GeneratorHarness.Root}/app/Bad.graphql", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void ConfigNamingAMissingSchema_ReportsConfigError()
    {
        var run = GeneratorHarness.Run(("Ok.graphql", "query Q { upstreams { name } }"));
        Assert.Empty(run.Diagnostics);

        var broken = GeneratorHarness.RunWithConfig(GeneratorHarness.Config.Replace("schema/schema.graphql", "schema/missing.graphql"), ("Ok.graphql", "query Q { upstreams { name } }"));

        Assert.Equal("GQL0001", Assert.Single(broken.Diagnostics).Id);
    }
}
