using System.Globalization;
using System.Net;
using Gateway.Testing;

namespace Gateway.Tests.Limits;

/// <summary>Asserts that a document is refused as a validation failure with a limit code and that no upstream was called.</summary>
internal static class LimitAssert
{
    public static async Task RefusedAsync(GatewayFixture gateway, string query, string code, int? limit = null)
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.Root.TryGetProperty("data", out _), response.Body);
        var error = Assert.Single(response.Errors, e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
        if (limit is { } value)
        {
            Assert.Equal(value, error.GetProperty("extensions").GetProperty("limit").GetInt32());
            Assert.Contains(value.ToString(CultureInfo.InvariantCulture), error.GetProperty("message").GetString());
        }
        Assert.Equal(0, (await gateway.Control.GetStatsAsync()).Total);
    }
}
