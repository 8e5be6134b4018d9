using System.Text.Json;

namespace Gateway.Graph.Tests.Relay.TestGraph;

public static class JsonAssertions
{
    /// <summary>The <c>number</c> of each node of <c>data.{field}.nodes</c>, failing on any error.</summary>
    public static int[] Numbers(this JsonElement response, string field = "items")
    {
        NoErrors(response);
        return response.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("number").GetInt32()).ToArray();
    }

    public static void NoErrors(this JsonElement response) =>
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());

    /// <summary>The one error of the response: its message and <c>extensions.code</c>.</summary>
    public static (string Message, string? Code) SingleError(this JsonElement response)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray().ToArray());
        var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c)
            ? c.GetString()
            : null;
        return (error.GetProperty("message").GetString()!, code);
    }
}
