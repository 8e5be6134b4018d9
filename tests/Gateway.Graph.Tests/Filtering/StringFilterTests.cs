using Gateway.Graph.Filtering;
using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Filtering;

// Names by number: 1 Alice, 2 bob, 3 Carol, 4 null, 5 alice, 6 Dave, 7 Eve, 8 Bob.
public sealed class StringFilterTests : FilterTestBase
{
    [Theory]
    [InlineData("{ name: { eq: \"Alice\" } }", "1")]
    [InlineData("{ name: { eq: null } }", "4")]
    [InlineData("{ name: { neq: \"Alice\" } }", "2,3,4,5,6,7,8")]
    [InlineData("{ name: { neq: null } }", "1,2,3,5,6,7,8")]
    [InlineData("{ name: { contains: \"li\" } }", "1,5")]
    [InlineData("{ name: { contains: \"A\" } }", "1")]
    [InlineData("{ name: { ncontains: \"li\" } }", "2,3,4,6,7,8")]
    [InlineData("{ name: { in: [\"bob\", null] } }", "2,4")]
    [InlineData("{ name: { in: [] } }", "")]
    [InlineData("{ name: { nin: [\"bob\", \"Bob\"] } }", "1,3,4,5,6,7")]
    [InlineData("{ name: { startsWith: \"B\" } }", "8")]
    [InlineData("{ name: { nstartsWith: \"B\" } }", "1,2,3,4,5,6,7")]
    [InlineData("{ name: { endsWith: \"e\" } }", "1,5,6,7")]
    [InlineData("{ name: { nendsWith: \"e\" } }", "2,3,4,8")]
    public async Task Operation_OrdinalAndNullAware(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("{ name: { or: [{ eq: \"Eve\" }, { startsWith: \"C\" }] } }", "3,7")]
    [InlineData("{ name: { and: [{ startsWith: \"a\" }, { endsWith: \"e\" }] } }", "5")]
    [InlineData("{ name: { contains: \"o\", startsWith: \"b\" } }", "2")]
    public async Task AndOrInsideOperationInput_Combine(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("contains")]
    [InlineData("startsWith")]
    [InlineData("nendsWith")]
    [InlineData("in")]
    public async Task NullOperand_FilterError(string operation)
    {
        var response = await Host.ExecuteAsync($"{{ items(where: {{ name: {{ {operation}: null }} }}) {{ nodes {{ number }} }} }}");

        var (message, code) = response.SingleError();
        Assert.Equal(FilterError.NullValue, code);
        Assert.Contains($"`{operation}`", message, StringComparison.Ordinal);
    }
}
