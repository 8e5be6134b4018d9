using System.Diagnostics;
using System.Net.Http.Json;

namespace Gateway.Bench.ChangeFeed;

/// <summary>
/// One GraphQL-over-SSE subscriber: opens the stream, then calls back with the arrival time of every <c>next</c> event's
/// data line. Only what the bench needs (no reconnects, no event ids).
/// </summary>
internal sealed class SseListener(HttpClient http, Uri endpoint, string query, Action<string, long> onEvent)
{
    /// <summary>Returns once the server accepted the stream; events are read in the background until cancelled.</summary>
    public async Task<Task> StartAsync(CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        return ReadAsync(request, response, ct);
    }

    private async Task ReadAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken ct)
    {
        using (request)
        using (response)
        {
            try
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    if (line.StartsWith("data: {", StringComparison.Ordinal))
                        onEvent(line, Stopwatch.GetTimestamp());
                }
            }
            catch (Exception error) when (error is OperationCanceledException or IOException or HttpRequestException)
            {
                // Stopped by the bench, or the gateway went away.
            }
        }
    }
}
