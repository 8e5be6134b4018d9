using Gateway.Telemetry;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Gateway.Cors;

/// <summary>
/// Cross-origin access for single-page apps, with ASP.NET Core's CORS middleware. Requests from an origin that is not
/// allowed get no CORS headers, so the browser refuses the answer (and never sends the preflighted request at all).
/// </summary>
public static class CorsExtensions
{
    public const string PolicyName = "GraphQLClients";

    /// <summary>What browser clients send: the bearer token, JSON bodies, the CSRF preflight header and the persisted-operation headers.</summary>
    public static readonly string[] AllowedHeaders =
    [
        "Authorization", "Content-Type", "Accept", "GraphQL-Preflight", CorrelationIdMiddleware.HeaderName,
        // Apollo Client and its persisted query link; the Apollo Router CSRF header.
        "apollographql-client-name", "apollographql-client-version", "apollo-require-preflight", "x-apollo-operation-name",
    ];

    /// <summary>Headers a browser script may read from an answer.</summary>
    public static readonly string[] ExposedHeaders = ["ETag", "Retry-After", CorrelationIdMiddleware.HeaderName];

    public static WebApplicationBuilder AddGatewayCors(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GatewayCorsOptions.SectionName);
        builder.Services.AddOptions<GatewayCorsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<GatewayCorsOptions>() ?? new GatewayCorsOptions();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddCors(cors => cors.AddPolicy(PolicyName, policy => Configure(policy, options, development)));
        return builder;
    }

    private static void Configure(CorsPolicyBuilder policy, GatewayCorsOptions options, bool development)
    {
        policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(options.PreflightMaxAge);
        if (options.AllowedOrigins is { Length: > 0 } origins)
        {
            if (origins.Contains("*") && options.AllowCredentials)
                throw new InvalidOperationException("Cors:AllowedOrigins '*' cannot be combined with Cors:AllowCredentials; list the origins.");
            if (origins.Contains("*"))
                policy.AllowAnyOrigin();
            else
                policy.WithOrigins(origins);
        }
        else if (development)
        {
            policy.SetIsOriginAllowed(IsLoopback);
        }
        else
        {
            policy.SetIsOriginAllowed(_ => false);
        }
        if (options.AllowCredentials)
            policy.AllowCredentials();
    }

    private static bool IsLoopback(string origin)
        => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback;
}
