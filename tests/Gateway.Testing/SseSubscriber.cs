using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;

namespace Gateway.Testing;

/// <summary>A GraphQL-over-SSE client ("distinct connections"): one POST, then the server-sent events as they arrive.</summary>
public sealed class SseSubscriber : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Event, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly Task _reading;
    private readonly SemaphoreSlim _comments = new(0);
    private volatile bool _completed;
    private int _disposed;

    private SseSubscriber(HttpResponseMessage response)
    {
        _response = response;
        _reading = ReadAsync();
    }

    public HttpStatusCode Status => _response.StatusCode;

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>Whether the server sent a <c>complete</c> event (rather than just ending the response).</summary>
    public bool Completed => _completed;

    /// <summary>Returns once the server accepted the stream: the subscription is live from then on.</summary>
    public static async Task<SseSubscriber> StartAsync(HttpClient client, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseSubscriber(response);
    }

    /// <summary>Sends a prepared request (e.g. a GET) and returns once the server answered.</summary>
    public static async Task<SseSubscriber> StartAsync(HttpClient client, HttpRequestMessage request) =>
        new(await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead));

    /// <summary>The data of the next <c>next</c> event, or null when the stream completed or ended first.</summary>
    public async Task<JsonElement?> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (!await _events.Reader.WaitToReadAsync(cancel.Token))
                return null;
            if (!_events.Reader.TryRead(out var item))
                continue;
            var (name, data) = item;
            if (name == "complete")
                return null;
            if (name == "next")
                return JsonDocument.Parse(data).RootElement.Clone();
        }
    }

    /// <summary>True once the server sent a comment line (<c>:</c>, its keep-alive) not yet waited for; false after the timeout.</summary>
    public Task<bool> CommentAsync(TimeSpan timeout) => _comments.WaitAsync(timeout);

    /// <summary>True once the response ended (with or without <c>complete</c>), whatever events were left unread; false after the timeout.</summary>
    public async Task<bool> EndedAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (await _events.Reader.WaitToReadAsync(cancel.Token))
                _events.Reader.TryRead(out _);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            var (name, data) = ("message", "");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name == "complete")
                        _completed = true;
                    if (data.Length > 0 || name != "message")
                        _events.Writer.TryWrite((name, data));
                    (name, data) = ("message", "");
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                    name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                    data += line["data: ".Length..];
                else if (line == "data:")
                    data += "";
                else if (line.StartsWith(':'))
                    _comments.Release();
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or HttpRequestException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    /// <summary>Closes the connection (how a client ends a subscription); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _stop.Dispose();
        _comments.Dispose();
    }
}
