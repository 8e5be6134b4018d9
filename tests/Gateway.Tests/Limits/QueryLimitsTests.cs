using System.Net;
using System.Text;
using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>ABUSE-CASES rows 8-11: abusive documents are refused during validation, before any upstream call.</summary>
public sealed class QueryLimitsTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("{")]
    [InlineData("{ people(first: ) }")]
    public async Task DocumentThatDoesNotParse_400WithTheSyntaxError_NotA500(string query)
    {
        // The limits parse the document before validation; a syntax error is still the client's, reported as such.
        var response = await gateway.QueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task DepthBombOf20Levels_RefusedWithMaxDepth()
    {
        var query = "{ people(first: 1) { nodes { " + Repeat("teams { members { ", 9) + "email" + new string('}', 20) + " }";

        await LimitAssert.RefusedAsync(gateway, query, "MAX_DEPTH_EXCEEDED", 10);
    }

    [Fact]
    public async Task ThousandAliases_RefusedWithMaxAliases()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"a{i}: people(first: 100) {{ totalCount }} ")) + "}";

        await LimitAssert.RefusedAsync(gateway, query, "MAX_ALIASES_EXCEEDED", 30);
    }

    [Fact]
    public async Task TypenameRepeated5000Times_RefusedWithMaxFields()
    {
        await LimitAssert.RefusedAsync(gateway, "{ " + Repeat("__typename ", 5000) + "}", "MAX_FIELDS_EXCEEDED", 2000);
    }

    [Fact]
    public async Task TwoHundredIncludeDirectives_RefusedWithMaxDirectives()
    {
        await LimitAssert.RefusedAsync(gateway, "{ __typename " + Repeat("@include(if: true) ", 200) + "}", "MAX_DIRECTIVES_EXCEEDED", 10);
    }

    [Fact]
    public async Task TenLevelsOfReusedFragments_RefusedWithMaxFields()
    {
        // Each level spreads the previous one ten times: 10^10 fields once expanded, measured once per fragment.
        var fragments = new StringBuilder("fragment F0 on Query { __typename } ");
        for (var level = 1; level <= 10; level++)
            fragments.Append($"fragment F{level} on Query {{ {Repeat($"...F{level - 1} ", 10)}}} ");

        await LimitAssert.RefusedAsync(gateway, "{ ...F10 } " + fragments, "MAX_FIELDS_EXCEEDED", 2000);
    }

    [Fact]
    public async Task FragmentCycle_RefusedAsValidationError()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(
            "{ people(first: 1) { nodes { ...A } } } fragment A on Person { email ...B } fragment B on Person { ...A }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.Errors, e => e.GetProperty("message").GetString()!.Contains("Cannot spread fragment", StringComparison.Ordinal));
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task NestedListsOverBudget_RefusedWithCost()
    {
        const string query = "{ people(first: 50) { nodes { teams { members { teams { name } } } } } }";

        await LimitAssert.RefusedAsync(gateway, query, "COST_EXCEEDED", 50_000);
    }

    [Fact]
    public async Task MoreThan15000Tokens_RefusedBeforeParsing()
    {
        await LimitAssert.RefusedAsync(gateway, "{ " + Repeat("a ", 16_000) + "}", "MAX_TOKENS_EXCEEDED", 15_000);
    }

    [Fact]
    public async Task TwoThousandDuplicateSkips_OneErrorBeforeValidation()
    {
        await LimitAssert.RefusedAsync(gateway, "{ __typename " + Repeat("@skip(if: false) ", 2000) + "}", "MAX_DIRECTIVES_EXCEEDED", 10);
    }

    [Fact]
    public async Task OneFieldSelected21TimesThroughInlineFragments_Refused()
    {
        await LimitAssert.RefusedAsync(gateway, "{ " + Repeat("... { __typename } ", 21) + "}", "MAX_REPEATED_SELECTIONS_EXCEEDED", 20);
    }

    [Fact]
    public async Task FiftyOneFragments_Refused()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 51).Select(i => $"...F{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, 51).Select(i => $"fragment F{i} on Query {{ __typename }} "));

        await LimitAssert.RefusedAsync(gateway, query, "MAX_FRAGMENTS_EXCEEDED", 50);
    }

    [Fact]
    public async Task OrdinaryQuery_RunsWithinEveryLimit()
    {
        var response = await gateway.QueryAsync("{ people(first: 10) { nodes { email teams { name members { email } } } } }");

        response.EnsureNoErrors();
        Assert.True(response.At("people.nodes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task StandardIntrospectionQuery_AllowedInDevelopment()
    {
        var response = await gateway.QueryAsync(IntrospectionQuery.Text);

        response.EnsureNoErrors();
        Assert.True(response.At("__schema.types").GetArrayLength() > 10);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
