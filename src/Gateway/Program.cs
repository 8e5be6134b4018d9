using Gateway.Hosting;
using Gateway.Playground;

var builder = WebApplication.CreateBuilder(args);

await builder.AddEmbeddedUpstreamsWhenUnconfiguredAsync();
builder.AddGateway();
builder.Services.AddBananaCakePop(builder.Configuration, builder.Environment);

var app = builder.Build();

app.LogUpstreamMode();
app.UseBananaCakePop("/graphql");
app.MapGateway();

await app.RunAsync();

/// <summary>The gateway's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
