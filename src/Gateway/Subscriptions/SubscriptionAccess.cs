using System.Globalization;
using System.Security.Claims;
using Gateway.Graph.Authorization;
using Gateway.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Gateway.Subscriptions;

/// <summary>
/// Who may hold a subscription open, and until when. With JWT on, a connection needs a valid token with
/// <c>people:read</c> (per-field scopes such as <c>people:pii</c> are then checked per event, exactly as in queries) and
/// ends when the token expires. A WebSocket's token comes from its <c>connection_init</c> payload, because browsers
/// cannot set headers on a WebSocket; it is validated by the same JWT bearer handler as a request header.
/// </summary>
internal sealed class SubscriptionAccess(SecurityMode mode, IServiceScopeFactory scopes)
{
    public bool Required => mode.Auth == AuthMode.Jwt;

    /// <summary>Null when <paramref name="user"/> may subscribe, else why not and whether authentication (not a scope) is missing.</summary>
    public (string Message, bool Unauthenticated)? Refusal(ClaimsPrincipal user)
    {
        if (!Required)
            return null;
        if (user.Identity?.IsAuthenticated != true)
            return ("A valid bearer token is required.", true);
        return Scopes.Has(user, FieldScopes.Read) ? null : ($"The `{FieldScopes.Read}` scope is required to subscribe.", false);
    }

    /// <summary>When the user's token expires (its <c>exp</c> claim); null without authentication or expiry.</summary>
    public DateTimeOffset? ExpiresAt(ClaimsPrincipal user) =>
        Required && long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : null;

    /// <summary>
    /// The user of a bearer token sent in a message rather than a header. Authenticated in a fresh scope: the request's
    /// own handler has already cached its (header-based) result.
    /// </summary>
    public async Task<ClaimsPrincipal> AuthenticateAsync(string? token)
    {
        if (!Required || string.IsNullOrWhiteSpace(token))
            return new ClaimsPrincipal(new ClaimsIdentity());
        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token : "Bearer " + token;
        var result = await probe.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}

/// <summary>Open subscriptions on this instance, bounded by <c>ChangeFeed:MaxSubscriptionsPerInstance</c>.</summary>
internal sealed class SubscriptionSlots(Microsoft.Extensions.Options.IOptions<Graph.ChangeFeed.ChangeFeedOptions> options)
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    /// <summary>Takes a slot; false when the instance is full.</summary>
    public bool TryTake()
    {
        if (Interlocked.Increment(ref _open) <= options.Value.MaxSubscriptionsPerInstance)
            return true;
        Interlocked.Decrement(ref _open);
        return false;
    }

    public void Return() => Interlocked.Decrement(ref _open);
}
