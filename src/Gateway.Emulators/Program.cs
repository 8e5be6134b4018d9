using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Emulators;

/// <summary>
/// Runs the emulators stand-alone: <c>dotnet run --project src/Gateway.Emulators -- --urls http://127.0.0.1:5100</c>.
/// Options bind from the <c>Emulators</c> section (<c>--Emulators:People=10000</c>, <c>Emulators__Seed=7</c>).
/// </summary>
public static class Program
{
    /// <summary>Starts the server and prints the base URLs and the credentials it accepts.</summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.Configuration.GetSection(EmulatorOptions.SectionName).Get<EmulatorOptions>() ?? new EmulatorOptions();
        // Per-request framework logging would drown the start-up banner under benchmark load.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddEmulators(options);
        var app = builder.Build();
        app.MapEmulators();
        await app.StartAsync();
        foreach (var address in app.Urls)
        {
            var root = address.TrimEnd('/');
            Console.WriteLine($"Worksection admin API v2: {root}/worksection/api/admin/v2/  (API key for the hash: {options.WorksectionApiKey})");
            Console.WriteLine($"Zoho Projects users API:  {root}/zoho/restapi/  (portal {options.ZohoPortalId}, Authorization: Zoho-oauthtoken {options.ZohoAccessToken})");
            Console.WriteLine($"People API v3:            {root}/peoplev3/v3/  (Authorization: Bearer {options.PeopleV3AccessToken})");
            Console.WriteLine($"Control:                  {root}/_emulator/stats, POST /_emulator/reset, PUT /_emulator/faults/{{upstream}}");
        }

        await app.WaitForShutdownAsync();
    }
}
