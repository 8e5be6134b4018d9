using System.Text;
using Gateway.Graph.Federation;
using Gateway.Http;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// Authentication per <see cref="AuthOptions"/>, per-field scopes when it is on, and in Production
    /// (unless <c>GraphQL:Introspection:Enabled</c>) no introspection and no field suggestions.
    /// Throws in Production when <c>Auth:Mode</c> is not set: exposing admin credentials must be a decision.
    /// </summary>
    public static WebApplicationBuilder AddGatewaySecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var production = builder.Environment.IsProduction();
        if (auth.Mode is null && production)
            throw new InvalidOperationException(
                "Authentication is not configured. Set Auth:Mode=Jwt with Auth:Jwt:Authority or Auth:Jwt:SigningKey, " +
                "or Auth:Mode=None to expose the gateway without authentication.");
        builder.Services.AddSingleton(new SecurityMode(auth.Mode ?? AuthMode.None, production));

        if (auth.Mode == AuthMode.Jwt)
            AddJwt(builder.Services, auth.Jwt);

        var introspection = builder.Configuration.GetValue<bool?>("GraphQL:Introspection:Enabled") ?? !production;
        if (!introspection)
        {
            builder.Services.AddGraphQL(graphQL => graphQL
                .AddValidationRule(NoIntrospectionValidationRule.Instance)
                .AddValidationRule(NoServiceSdlValidationRule.Instance)
                .AddErrorInfoProvider(new SuggestionFreeErrorInfoProvider(new ErrorInfoProviderOptions
                {
                    ExposeCodes = false,
                    ExposeData = false,
                    ExposeExceptionDetails = false,
                })));
        }
        return builder;
    }

    /// <summary>Maps the GraphQL endpoint, requiring an authenticated caller when JWT is on (a WebSocket's comes with its first message).</summary>
    public static IEndpointConventionBuilder MapSecuredGraphQLEndpoint(this WebApplication app, string pattern)
    {
        var endpoint = app.MapGraphQLEndpoint(pattern);
        var mode = app.Services.GetRequiredService<SecurityMode>();
        // A WebSocket upgrade passes: browsers cannot put a token on it, so graphql-transport-ws authenticates the
        // connection_init payload instead (Subscriptions/SubscriptionAccess).
        if (mode.Auth == AuthMode.Jwt)
            endpoint.RequireAuthorization(policy => policy.RequireAssertion(context =>
                context.User.Identity?.IsAuthenticated == true || (context.Resource is HttpContext http && http.WebSockets.IsWebSocketRequest)));
        return endpoint;
    }

    /// <summary>States at start whether callers are authenticated; a warning in Production when they are not.</summary>
    public static WebApplication LogSecurityMode(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<SecurityMode>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Security");
        if (mode.Auth == AuthMode.Jwt)
            logger.LogInformation("Authentication: JWT bearer; scopes people:read, people:write and people:pii are checked per field.");
        else if (mode.Production)
            logger.LogWarning("Authentication is OFF (Auth:Mode=None): anyone who can reach the gateway can read and change people in every upstream.");
        else
            logger.LogInformation("Authentication is off (Auth:Mode is None or unset outside Production).");
        return app;
    }

    private static void AddJwt(IServiceCollection services, JwtOptions jwt)
    {
        if (string.IsNullOrWhiteSpace(jwt.Authority) && string.IsNullOrWhiteSpace(jwt.SigningKey))
            throw new InvalidOperationException("Auth:Mode=Jwt needs Auth:Jwt:Authority or Auth:Jwt:SigningKey.");
        var key = string.IsNullOrWhiteSpace(jwt.SigningKey) ? null : Encoding.UTF8.GetBytes(jwt.SigningKey);
        if (key is { Length: < 32 })
            throw new InvalidOperationException("Auth:Jwt:SigningKey must be at least 32 bytes long.");
        if (jwt.ClockSkew < TimeSpan.Zero || jwt.ClockSkew > JwtOptions.MaxClockSkew)
            throw new InvalidOperationException($"Auth:Jwt:ClockSkew must be between 00:00:00 and {JwtOptions.MaxClockSkew:c}; it is {jwt.ClockSkew:c}.");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Keep claim names as issued: scopes are read from `scope` or `scp`.
            options.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(jwt.Authority))
                options.Authority = jwt.Authority;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience),
                ValidAudience = jwt.Audience,
                ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Authority) || !string.IsNullOrWhiteSpace(jwt.Issuer),
                ValidIssuer = string.IsNullOrWhiteSpace(jwt.Issuer) ? null : jwt.Issuer,
                IssuerSigningKey = key is null ? null : new SymmetricSecurityKey(key),
                ClockSkew = jwt.ClockSkew,
            };
        });
        services.AddAuthorization();
        services.AddGraphQL(graphQL => graphQL.UseMiddleware<ScopeFieldMiddleware>());
    }
}
