using Gateway.Emulators;
using Gateway.Emulators.Seeding;
using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gateway.Tests.Telemetry;

/// <summary>Logs name operations and carry a correlation id, but never a credential, an email or a phone number.</summary>
public sealed class LoggingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task PersonWithPhonesQueried_NoSecretOrPersonalDataLogged()
    {
        await using var logged = gateway.Factory.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddFakeLogging()));
        using var client = logged.CreateClient();
        var query = $$"""query PersonCard { personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { email phones { main mobile office home } } }""";

        using var response = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query }));
        var body = await response.Content.ReadAsStringAsync();

        var phones = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("personByEmail").GetProperty("phones")
            .EnumerateObject().Select(p => p.Value.GetString()).OfType<string>().Where(p => p.Length > 0).ToList();
        Assert.NotEmpty(phones);
        var defaults = new EmulatorOptions();
        string[] forbidden = [EmulatorSeed.AnchorEmail, defaults.WorksectionApiKey, defaults.ZohoAccessToken, defaults.PeopleV3AccessToken, .. phones];
        var records = logged.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Level == LogLevel.Information && r.Message.Contains("PersonCard", StringComparison.Ordinal));
        foreach (var record in records)
        {
            var text = record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []) + " " + record.Exception;
            Assert.All(forbidden, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task GetWithEmailInQueryStringAndVariables_LogsPathAndOperationButNoQueryString()
    {
        // Every category at Information, as when appsettings.json is not deployed next to the binary.
        await using var logged = gateway.Factory.WithWebHostBuilder(web =>
        {
            web.UseSetting("Logging:LogLevel:Default", "Information");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
            web.ConfigureLogging(logging => logging.AddFakeLogging());
        });
        using var client = logged.CreateClient();
        const string query = "query FindPerson($email: String!) { personByEmail(email: $email) { displayName } }";
        var variables = "{\"email\":\"" + EmulatorSeed.AnchorEmail + "\"}";
        var url = $"/graphql?query={Uri.EscapeDataString(query)}&variables={Uri.EscapeDataString(variables)}";

        using var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var records = logged.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Level == LogLevel.Information && r.Message.Contains("GET /graphql", StringComparison.Ordinal)
            && r.Message.Contains("FindPerson", StringComparison.Ordinal));
        string[] forbidden = [EmulatorSeed.AnchorEmail, Uri.EscapeDataString(EmulatorSeed.AnchorEmail), "variables=", "query="];
        foreach (var record in records)
        {
            var text = record.Message + " " + string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []) + " " + record.Exception;
            Assert.All(forbidden, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }
    }
}
