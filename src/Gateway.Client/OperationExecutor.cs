using System.Text.Json;

namespace Gateway.Client;

/// <summary>Runs a request through a transport and turns the response into a typed result; generated operations call it.</summary>
public static class OperationExecutor
{
    /// <summary>
    /// Sends <paramref name="request"/> and parses <c>data</c> with <paramref name="parseData"/>. Transport failures and
    /// unreadable responses become errors of the result rather than exceptions, so callers handle one shape.
    /// </summary>
    public static async Task<IOperationResult<TData>> ExecuteAsync<TData>(
        IGraphQLTransport transport, OperationRequest request, Func<JsonElement, TData> parseData, CancellationToken cancellationToken)
        where TData : class
    {
        JsonDocument document;
        try
        {
            document = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            return new OperationResult<TData>(null, [new ClientError(exception.Message, "HTTP_ERROR", Exception: exception)]);
        }

        using (document)
        {
            var root = document.RootElement;
            var errors = new List<IClientError>();
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
                errors.AddRange(list.EnumerateArray().Select(ClientError.Parse));

            TData? data = null;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var element) && element.ValueKind == JsonValueKind.Object)
            {
                try
                {
                    data = parseData(element);
                }
                catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
                {
                    errors.Add(new ClientError("The response data does not match the operation: " + exception.Message, "RESPONSE_PARSE_ERROR", Exception: exception));
                }
            }

            return new OperationResult<TData>(data, errors);
        }
    }
}
