using Gateway.Playground;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBananaCakePop(builder.Configuration, builder.Environment);
var app = builder.Build();

app.UseBananaCakePop("/graphql");
app.MapGet("/", () => "Hello World!");

app.Run();
