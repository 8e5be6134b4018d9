namespace Gateway.Graph.Tests.Filtering;

// By number: active true,false,true,null,true,false,true,null; rank 3,1,null,2,3,5,4,1;
// score 1.5,2.25,null,0.5,10,3.75,-1,2.25; kind ADMIN,USER,GUEST,null,USER,ADMIN,GUEST,USER.
public sealed class ScalarFilterTests : FilterTestBase
{
    [Theory]
    [InlineData("{ active: { eq: true } }", "1,3,5,7")]
    [InlineData("{ active: { eq: false } }", "2,6")]
    [InlineData("{ active: { neq: true } }", "2,4,6,8")]
    [InlineData("{ active: { eq: null } }", "4,8")]
    public async Task Boolean_Operations(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("{ rank: { eq: 3 } }", "1,5")]
    [InlineData("{ rank: { neq: 3 } }", "2,3,4,6,7,8")]
    [InlineData("{ rank: { eq: null } }", "3")]
    [InlineData("{ rank: { in: [1, 5] } }", "2,6,8")]
    [InlineData("{ rank: { in: [null] } }", "3")]
    [InlineData("{ rank: { nin: [1, 5] } }", "1,3,4,5,7")]
    [InlineData("{ rank: { gt: 3 } }", "6,7")]
    [InlineData("{ rank: { ngt: 3 } }", "1,2,3,4,5,8")]
    [InlineData("{ rank: { gte: 3 } }", "1,5,6,7")]
    [InlineData("{ rank: { ngte: 3 } }", "2,3,4,8")]
    [InlineData("{ rank: { lt: 2 } }", "2,8")]
    [InlineData("{ rank: { nlt: 2 } }", "1,3,4,5,6,7")]
    [InlineData("{ rank: { lte: 2 } }", "2,4,8")]
    [InlineData("{ rank: { nlte: 2 } }", "1,3,5,6,7")]
    [InlineData("{ rank: { gt: 1, lt: 4 } }", "1,4,5")]
    public async Task Int_ComparableOperations(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("{ score: { eq: 2.25 } }", "2,8")]
    [InlineData("{ score: { gt: 2.25 } }", "5,6")]
    [InlineData("{ score: { lte: 0.5 } }", "4,7")]
    [InlineData("{ score: { in: [1.5, 10] } }", "1,5")]
    [InlineData("{ score: { nlt: 0 } }", "1,2,3,4,5,6,8")]
    public async Task Decimal_ComparableOperations(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("{ createdAt: { gte: \"2024-06-30T00:00:00Z\" } }", "6,7")]
    [InlineData("{ createdAt: { lt: \"2024-01-01T00:00:00Z\" } }", "4")]
    [InlineData("{ createdAt: { eq: \"2024-03-15T08:00:00Z\" } }", "5")]
    [InlineData("{ createdAt: { eq: \"2024-03-15T10:00:00+02:00\" } }", "5")]
    [InlineData("{ createdAt: { ngt: \"2024-01-01T00:00:00Z\" } }", "1,3,4")]
    [InlineData("{ createdAt: { in: [\"2024-02-01T00:00:00Z\"] } }", "2,8")]
    [InlineData("{ createdAt: { eq: null } }", "3")]
    public async Task DateTime_ComparesInstants(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }

    [Theory]
    [InlineData("{ kind: { eq: ADMIN } }", "1,6")]
    [InlineData("{ kind: { neq: USER } }", "1,3,4,6,7")]
    [InlineData("{ kind: { in: [ADMIN, GUEST] } }", "1,3,6,7")]
    [InlineData("{ kind: { nin: [USER] } }", "1,3,4,6,7")]
    [InlineData("{ kind: { eq: null } }", "4")]
    public async Task Enum_Operations(string where, string expected)
    {
        Assert.Equal(expected, await WhereAsync(where));
    }
}
