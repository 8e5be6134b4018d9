using System.ComponentModel.DataAnnotations;
using Gateway.Graph.ChangeFeed;

namespace Gateway.ChangeFeed.Webhooks;

/// <summary>The webhook endpoints and how deliveries are paced, bound from <c>ChangeFeed</c>.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    /// <summary>The receivers; each gets every event its <see cref="WebhookEndpointOptions.Kinds"/> allows, in log order.</summary>
    public List<WebhookEndpointOptions> Webhooks { get; set; } = [];

    /// <summary>Retry schedule, timeouts and limits shared by every endpoint.</summary>
    public WebhookDeliveryOptions WebhookDelivery { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (endpoint, index) in Webhooks.Select((e, i) => (e, i)))
        {
            var at = $"ChangeFeed:Webhooks:{index}";
            if (string.IsNullOrWhiteSpace(endpoint.Name) || endpoint.Name.Length > 64 || endpoint.Name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_')))
                yield return new ValidationResult($"{at}:Name must be 1-64 letters, digits, '-' or '_': it keys the endpoint's delivery cursor.");
            if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
                yield return new ValidationResult($"{at}:Url must be an absolute http(s) URL.");
            if (WebhookSigner.TryCreate(endpoint.Secret) is null)
                yield return new ValidationResult($"{at}:Secret must be 'whsec_' followed by 24 to 64 random bytes in base64 (Standard Webhooks).");
        }
        if (Webhooks.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count() != Webhooks.Count)
            yield return new ValidationResult("ChangeFeed:Webhooks: every Name must be different.");
    }
}

/// <summary>One receiver of signed change events.</summary>
public sealed class WebhookEndpointOptions
{
    /// <summary>A stable name: the endpoint's delivery position is stored under it (keep it when the URL changes).</summary>
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The Standard Webhooks signing secret, <c>whsec_</c> + base64 of 24-64 random bytes.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The event kinds to send (e.g. <c>PersonAdded</c>); empty sends all.</summary>
    public List<ChangeKind> Kinds { get; set; } = [];

    /// <summary>Also send changed contact fields (phones, addresses, chats, other contacts): what <c>people:pii</c> guards in GraphQL.</summary>
    public bool IncludeContactData { get; set; }
}

public sealed class WebhookDeliveryOptions
{
    /// <summary>How long one attempt may take (the spec recommends 15-30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first retry's delay; each retry doubles it (with ±20% jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Attempts of one event before the endpoint is paused until the next restart: events are never skipped (order and
    /// at-least-once), so an endpoint that keeps failing stops rather than retrying forever.
    /// </summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 30;
}
