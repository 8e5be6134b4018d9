using StandardWebhooks;

namespace Gateway.ChangeFeed.Webhooks;

/// <summary>Signs a delivery per Standard Webhooks (HMAC-SHA256 of <c>id.timestamp.body</c>), with the StandardWebhooks package.</summary>
internal sealed class WebhookSigner
{
    private const string Prefix = "whsec_";
    private readonly StandardWebhook _webhook;

    private WebhookSigner(byte[] key) => _webhook = new StandardWebhook(key);

    /// <summary>The signer of a <c>whsec_</c> secret, or null when the secret is not one.</summary>
    public static WebhookSigner? TryCreate(string? secret)
    {
        if (secret is null || !secret.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var key = new byte[64];
        return Convert.TryFromBase64String(secret[Prefix.Length..], key, out var length) && length >= 24
            ? new WebhookSigner(key[..length])
            : null;
    }

    /// <summary>The <c>webhook-signature</c> header value, <c>v1,base64</c>.</summary>
    public string Sign(string id, DateTimeOffset timestamp, string body) => _webhook.Sign(id, timestamp, body);
}
