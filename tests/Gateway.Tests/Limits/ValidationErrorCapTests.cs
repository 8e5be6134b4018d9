using System.Net;
using System.Text;
using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>
/// Issue 21 item 10: a document repeating one mistake gets at most 20 errors and one that counts the rest, so the
/// answer stays smaller than the request.
/// </summary>
public sealed class ValidationErrorCapTests(ValidationErrorCapTests.DirectivesUncappedFixture gateway)
    : IClassFixture<ValidationErrorCapTests.DirectivesUncappedFixture>
{
    private static readonly string TwoThousandSkips = "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 2_000)) + "}";

    [Fact]
    public async Task TwoThousandDuplicateSkips_TwentyErrorsAndOneCountingTheRest()
    {
        var response = await gateway.QueryAsync(TwoThousandSkips);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(21, response.Errors.Count);
        Assert.All(response.Errors.Take(20), e => Assert.Equal("UNIQUE_DIRECTIVES_PER_LOCATION", e.GetProperty("extensions").GetProperty("code").GetString()));
        var last = response.Errors[^1];
        Assert.Equal("TOO_MANY_ERRORS", last.GetProperty("extensions").GetProperty("code").GetString());
        // GraphQL.NET reports 2,000 errors for this document.
        Assert.Equal(1_980, last.GetProperty("extensions").GetProperty("omitted").GetInt32());
        Assert.StartsWith("1980 more errors", last.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(response.Body) < TwoThousandSkips.Length, $"{response.Body.Length} bytes answered");
    }

    [Fact]
    public async Task ManyErrorsOfDifferentKinds_CappedAlike()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 50).Select(i => $"a{i}: nope{i} ")) + "}";

        var response = await gateway.QueryAsync(query);

        Assert.Equal(21, response.Errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", response.Errors[^1].GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>
    /// Directives per field uncapped, so that repeated directives reach GraphQL.NET's own rule, which reports
    /// each one: with the default cap they are refused earlier with one error.
    /// </summary>
    public sealed class DirectivesUncappedFixture : GatewayFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["GraphQL:Limits:MaxDirectivesPerField"] = "5000",
            ["GraphQL:Limits:MaxAliases"] = "100",
        };
    }
}
