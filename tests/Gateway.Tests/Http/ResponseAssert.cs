using System.Text.Json;

namespace Gateway.Tests.Http;

internal static class ResponseAssert
{
    public const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>The body of a refused request: one error with its code.</summary>
    public static string Error(string code, string message)
        => "{\"errors\":[{\"message\":\"" + JsonEncodedText.Encode(message) + "\",\"extensions\":{\"code\":\"" + code + "\",\"codes\":[\"" + code + "\"]}}]}";

    /// <summary>Asserts the status, the exact Content-Type and the exact body text.</summary>
    public static async Task IsAsync(HttpResponseMessage response, int status, string body, string contentType = GraphQLResponseJson)
    {
        var actual = await response.Content.ReadAsStringAsync();
        Assert.Equal(body, actual);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }
}
