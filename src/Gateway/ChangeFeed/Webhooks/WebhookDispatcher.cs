using System.Globalization;
using System.Net;
using System.Text;
using Gateway.Graph.ChangeFeed;
using Microsoft.Extensions.Options;

namespace Gateway.ChangeFeed.Webhooks;

/// <summary>
/// Delivers the change log to every configured endpoint: one loop per endpoint, one event in flight, in log order,
/// the position stored after each 2xx, so delivery is at least once across restarts (with Redis). An endpoint that
/// fails waits out its own back-off without holding up the others or any subscription. One instance delivers at a
/// time (a lock it renews); another takes over when it stops.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IOptions<WebhookOptions> options, IOptions<ChangeFeedOptions> feed, ChangeFeedHub hub, IChangeLog log, IChangeFeedLocks locks,
    IWebhookCursors cursors, WebhookPayload payload, TimeProvider clock, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const string LockName = "webhooks";

    // One client for every endpoint: no redirects (a moved endpoint is a configuration change), pooled connections
    // recycled so DNS changes are seen.
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!feed.Value.Enabled || options.Value.Webhooks.Count == 0)
            return;
        var hold = feed.Value.LockTimeout;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await locks.TryAcquireAsync(LockName, hold, stoppingToken);
                if (lease is null)
                {
                    await Task.Delay(hold / 3, stoppingToken);
                    continue;
                }
                await LeadAsync(lease, hold, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogDispatcherFailed(error.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    // Delivers while the lease holds; a lease that cannot be renewed (Redis lost it) stops every endpoint loop.
    private async Task LeadAsync(IChangeFeedLease lease, TimeSpan hold, CancellationToken stoppingToken)
    {
        using var leadership = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var loops = options.Value.Webhooks.Select(endpoint => DeliverAsync(endpoint, leadership.Token)).ToList();
        try
        {
            while (true)
            {
                await Task.Delay(hold / 3, stoppingToken);
                if (!await lease.ExtendAsync(hold))
                    break;
            }
        }
        finally
        {
            await leadership.CancelAsync();
            await Task.WhenAll(loops);
        }
    }

    // Until cancelled (stopping, or another instance leads) or paused. A failure of the position store or the log (Redis
    // answering an error, or gone for a moment) does not stop the endpoint for good: it starts again from its stored
    // position, so the event in flight may be sent twice (at least once), never skipped.
    private async Task DeliverAsync(WebhookEndpointOptions endpoint, CancellationToken cancellationToken)
    {
        var signer = WebhookSigner.TryCreate(endpoint.Secret)!;
        var kinds = endpoint.Kinds.Count == 0 ? null : endpoint.Kinds.ToHashSet();
        try
        {
            while (true)
            {
                try
                {
                    await FollowAsync(endpoint, signer, kinds, cancellationToken);
                    return;
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    var delay = options.Value.WebhookDelivery.FirstRetryDelay;
                    LogEndpointFailed(endpoint.Name, error.GetType().Name, delay.TotalSeconds);
                    await Task.Delay(delay, clock, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping, or another instance leads now: the stored position is where it resumes.
        }
    }

    // Sends every event after the endpoint's stored position, storing each one's position once acknowledged; returns
    // when the endpoint is paused.
    private async Task FollowAsync(WebhookEndpointOptions endpoint, WebhookSigner signer, HashSet<ChangeKind>? kinds, CancellationToken cancellationToken)
    {
        while (true)
        {
            // A new endpoint starts with the events after it was added, not the whole retained log.
            var position = await cursors.GetAsync(endpoint.Name);
            if (position is null)
            {
                position = await log.HeadAsync(cancellationToken);
                await cursors.SetAsync(endpoint.Name, position);
            }
            try
            {
                await foreach (var entry in hub.FollowAsync(position, e => kinds is null || kinds.Contains(e.Kind), cancellationToken))
                {
                    if (!await SendWithRetriesAsync(endpoint, signer, entry, cancellationToken))
                        return;
                    await cursors.SetAsync(endpoint.Name, entry.Position);
                }
            }
            catch (ChangeCursorExpiredException)
            {
                LogEventsExpired(endpoint.Name);
                await cursors.SetAsync(endpoint.Name, await log.HeadAsync(cancellationToken));
            }
        }
    }

    // True once delivered; false when the endpoint is paused (410 Gone, or every attempt failed).
    private async Task<bool> SendWithRetriesAsync(WebhookEndpointOptions endpoint, WebhookSigner signer, ChangeLogEntry entry, CancellationToken cancellationToken)
    {
        var delivery = options.Value.WebhookDelivery;
        var body = payload.Write(entry, endpoint.IncludeContactData);
        for (var attempt = 1; ; attempt++)
        {
            var (status, retryAfter) = await SendAsync(endpoint, signer, entry.Event.Id, body, delivery.Timeout, cancellationToken);
            if (status is >= 200 and < 300)
                return true;
            if (status == (int)HttpStatusCode.Gone)
            {
                LogEndpointGone(endpoint.Name);
                return false;
            }
            if (attempt >= delivery.MaxAttempts)
            {
                LogEndpointPaused(endpoint.Name, attempt);
                return false;
            }
            var delay = RetryDelay(attempt, retryAfter, delivery);
            LogAttemptFailed(endpoint.Name, attempt, status, delay.TotalSeconds);
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    // The status (0 when no response came) and the Retry-After the endpoint asked for.
    private async Task<(int Status, TimeSpan? RetryAfter)> SendAsync(
        WebhookEndpointOptions endpoint, WebhookSigner signer, string id, string body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signer.Sign(id, now, body));
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - now : null)
                : null;
            return ((int)response.StatusCode, retryAfter);
        }
        catch (Exception error) when (error is HttpRequestException || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (0, null);
        }
    }

    /// <summary>Exponential back-off with ±20% jitter, at least what Retry-After asks, never more than the maximum.</summary>
    internal static TimeSpan RetryDelay(int attempt, TimeSpan? retryAfter, WebhookDeliveryOptions delivery)
    {
        var exponential = delivery.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        var jittered = exponential * (0.8 + Random.Shared.NextDouble() * 0.4);
        var delay = retryAfter is { } asked && asked > jittered ? asked : jittered;
        return delay > delivery.MaxRetryDelay ? delivery.MaxRetryDelay : delay;
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Endpoint}: attempt {Attempt} failed (status {Status}); retrying in {DelaySeconds:0.0} s.")]
    private partial void LogAttemptFailed(string endpoint, int attempt, int status, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Endpoint} answered 410 Gone: delivery to it is paused until the gateway restarts; remove it from ChangeFeed:Webhooks if it is retired.")]
    private partial void LogEndpointGone(string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Endpoint} failed {Attempts} attempts of one event: delivery to it is paused until the gateway restarts, and resumes with that event.")]
    private partial void LogEndpointPaused(string endpoint, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Endpoint} fell behind the change log's retention: the events it missed are gone; it continues with new events.")]
    private partial void LogEventsExpired(string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Endpoint} delivery failed ({ErrorType}): the change log or the stored positions could not be read or written; it resumes from its stored position in {DelaySeconds:0.0} s.")]
    private partial void LogEndpointFailed(string endpoint, string errorType, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery failed ({ErrorType}); retrying.")]
    private partial void LogDispatcherFailed(string errorType);
}
