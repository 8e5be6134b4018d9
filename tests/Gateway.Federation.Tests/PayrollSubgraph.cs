using System.Net;
using GraphQL;
using GraphQL.Federation;
using GraphQL.Federation.Types;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Federation.Tests;

/// <summary>
/// A second subgraph as another team would run it: payroll knows its employees by email only and extends
/// <c>Person</c> with a salary band. A GraphQL.NET federation subgraph on Kestrel at a free 127.0.0.1 port.
/// </summary>
public sealed class PayrollSubgraph : IAsyncDisposable
{
    private readonly WebApplication app;

    private PayrollSubgraph(WebApplication app, Uri endpoint, string sdl)
    {
        this.app = app;
        Endpoint = endpoint;
        Sdl = sdl;
    }

    public Uri Endpoint { get; }

    /// <summary>The subgraph SDL as its <c>_service { sdl }</c> serves it, for composition.</summary>
    public string Sdl { get; }

    /// <summary>The band payroll stores for an email: a fixed function of it, so tests can predict it.</summary>
    public static string BandOf(string email) => $"B{1 + (email.Length % 5)}";

    public static async Task<PayrollSubgraph> StartAsync(IReadOnlyList<string> employeeEmails)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(new PayrollEmployees(employeeEmails));
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<PayrollSchema>()
            .AddGraphTypes(typeof(PayrollSchema).Assembly)
            .AddSystemTextJson()
            .AddFederation("2.3"));

        var app = builder.Build();
        app.MapPost("/graphql", ServeAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var sdl = app.Services.GetRequiredService<ISchema>().Print(app.Services.GetRequiredService<FederationPrintOptions>());
        return new PayrollSubgraph(app, new Uri(new Uri(address), "/graphql"), sdl);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private static async Task ServeAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
    {
        var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request?.Query,
            Variables = request?.Variables,
            OperationName = request?.OperationName,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });
        http.Response.ContentType = "application/json";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}

public sealed record PayrollEmployees(IReadOnlyList<string> Emails);

public sealed class PayrollPerson
{
    public string Email { get; set; } = "";
}

public sealed class PayrollSchema : Schema
{
    public PayrollSchema(IServiceProvider services, PayrollQuery query) : base(services) => Query = query;
}

public sealed class PayrollQuery : ObjectGraphType
{
    public PayrollQuery(PayrollEmployees employees)
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PayrollPersonType>>>>("payrollEmployees")
            .Description("Everyone on this month's payroll.")
            .Resolve(_ => employees.Emails.Select(email => new PayrollPerson { Email = email }));
    }
}

public sealed class PayrollPersonType : ObjectGraphType<PayrollPerson>
{
    public PayrollPersonType()
    {
        Name = "Person";
        this.Key("email");
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(ctx => ctx.Source.Email);
        Field<StringGraphType>("salaryBand").Description("Payroll's salary band.").Resolve(ctx => PayrollSubgraph.BandOf(ctx.Source.Email));
        this.ResolveReference<PayrollPerson>((_, person) => person);
    }
}
