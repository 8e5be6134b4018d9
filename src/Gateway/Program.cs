using Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);

await builder.AddEmbeddedUpstreamsWhenUnconfiguredAsync();
builder.AddGateway();

var app = builder.Build();

app.LogUpstreamMode();
app.MapGateway();

await app.RunAsync();

/// <summary>The gateway's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
