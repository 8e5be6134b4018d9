using System.Security.Cryptography;
using Gateway.Graph.People;

namespace Gateway.Hosting;

/// <summary>
/// <c>Graph:Ids:Key</c>, the secret person ids are made with (see <see cref="PersonIds"/>). Production refuses to
/// start without it: a generated key would give every instance and every restart different ids. Elsewhere a missing
/// key is generated for the run and a warning says what that costs.
/// </summary>
public static class PersonIdKeyExtensions
{
    public static WebApplicationBuilder AddPersonIdKey(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(builder.Configuration[$"{PersonIdOptions.SectionName}:Key"]))
        {
            return builder;
        }

        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Graph:Ids:Key is not set. Person ids are a keyed hash of the person's email, so every instance needs the same " +
                $"secret key of at least {PersonIdOptions.MinKeyLength} characters (e.g. `openssl rand -base64 32`), set as " +
                "Graph:Ids:Key (environment variable Graph__Ids__Key). Changing it later changes every person id.");
        }

        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        builder.Services.PostConfigure<PersonIdOptions>(options => options.Key = generated);
        builder.Services.AddSingleton<GeneratedPersonIdKey>();
        return builder;
    }

    /// <summary>Warns at start when the key was generated for this run.</summary>
    public static WebApplication LogPersonIdKey(this WebApplication app)
    {
        if (app.Services.GetService<GeneratedPersonIdKey>() is not null)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Hosting").LogWarning(
                "Graph:Ids:Key is not set: person ids use a key generated for this run, so they change at every restart and " +
                "differ between instances. Set Graph:Ids:Key to a secret of at least {MinLength} characters to keep them.",
                PersonIdOptions.MinKeyLength);
        }

        return app;
    }

    /// <summary>Registered only when the key was generated, so the warning can be logged once the app is built.</summary>
    private sealed class GeneratedPersonIdKey;
}
