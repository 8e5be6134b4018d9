using GraphQL;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gateway.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The OTLP endpoint variable of the OpenTelemetry specification; nothing is exported without it.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// Traces (ActivitySource <c>Gateway</c> and incoming HTTP requests) and metrics (Meter <c>Gateway</c>),
    /// exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Request URLs are never logged.
    /// </summary>
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder)
    {
        // ASP.NET Core's "Request starting/finished" lines carry the full URL: a GET's query string holds the
        // document and its variables, emails included. The GraphQL endpoint logs method, path and operation name
        // instead. Added after the configuration's rules, so it holds whatever the Logging section says.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning);
        builder.Services.AddGraphQL(graphQL => graphQL.AddDocumentListener<OperationNamingListener>());
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("people-graph-gateway"))
            .WithTracing(tracing => tracing
                .AddSource(GatewayTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health")))
            .WithMetrics(metrics => metrics
                .AddMeter(GatewayTelemetry.Name)
                .AddAspNetCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
            telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>Correlation ids on every request; call before the endpoints are mapped.</summary>
    public static WebApplication UseCorrelationIds(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        return app;
    }
}
