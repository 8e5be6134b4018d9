using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.Faults;

/// <summary>Writes the first half of what the wrapped result would have written, under status 200.</summary>
internal sealed class TruncatedResult(object? inner) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            if (inner is IResult result)
            {
                await result.ExecuteAsync(httpContext);
            }
        }
        finally
        {
            response.Body = original;
        }

        var bytes = buffer.ToArray();
        var half = Math.Max(1, bytes.Length / 2);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType ??= "application/json";
        response.ContentLength = Math.Min(half, bytes.Length);
        await original.WriteAsync(bytes.AsMemory(0, (int)response.ContentLength.Value), httpContext.RequestAborted);
    }
}
