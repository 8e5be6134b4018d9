using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Tests.Security;

/// <summary>Production must not expose the upstreams' admin credentials by accident.</summary>
public sealed class StartupTests
{
    [Fact]
    public void ProductionWithoutAuthConfig_RefusesToStart()
    {
        using var factory = Configure(new WebApplicationFactory<Program>(), auth: null);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:Mode", Flatten(error));
    }

    [Fact]
    public void ProductionWithJwtButNoKeyOrAuthority_RefusesToStart()
    {
        using var factory = Configure(new WebApplicationFactory<Program>(), auth: "Jwt");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:Jwt:Authority", Flatten(error));
    }

    [Fact]
    public void JwtClockSkewOverFiveMinutes_RefusesToStart()
    {
        using var factory = Configure(new WebApplicationFactory<Program>(), auth: "Jwt").WithWebHostBuilder(web =>
        {
            web.UseSetting("Auth:Jwt:SigningKey", "test-signing-key-of-at-least-32-bytes!");
            web.UseSetting("Auth:Jwt:ClockSkew", "00:10:00");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Auth:Jwt:ClockSkew", Flatten(error));
    }

    [Fact]
    public void ProductionWithoutUpstreams_RefusesToStartInsteadOfServingEmulators()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("Auth:Mode", "None");
            web.UseSetting("Graph:Ids:Key", "startup-tests-person-id-key-0123456789");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Upstreams:Worksection:BaseUrl", Flatten(error));
    }

    [Fact]
    public void ProductionWithoutPersonIdKey_RefusesToStartNamingTheKey()
    {
        using var factory = Configure(new WebApplicationFactory<Program>(), auth: "None");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Graph:Ids:Key is not set", Flatten(error));
    }

    [Fact]
    public void ProductionWithShortPersonIdKey_RefusesToStartNamingTheKey()
    {
        using var factory = Configure(new WebApplicationFactory<Program>(), auth: "None", personIdKey: "too-short");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Graph:Ids:Key must be a secret of at least 32 characters", Flatten(error));
    }

    // Upstream addresses are set (to a closed port) so no embedded emulators start before the refusal.
    private static WebApplicationFactory<Program> Configure(WebApplicationFactory<Program> factory, string? auth, string? personIdKey = null) =>
        factory.WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("Upstreams:Worksection:BaseUrl", "http://127.0.0.1:9/");
            web.UseSetting("Upstreams:Worksection:ApiKey", "unused");
            web.UseSetting("Upstreams:ZohoProjects:BaseUrl", "http://127.0.0.1:9/");
            web.UseSetting("Upstreams:ZohoProjects:PortalId", "1");
            web.UseSetting("Upstreams:ZohoProjects:AccessToken", "unused");
            web.UseSetting("Upstreams:PeopleV3:BaseUrl", "http://127.0.0.1:9/");
            web.UseSetting("Upstreams:PeopleV3:AccessToken", "unused");
            if (auth is not null)
                web.UseSetting("Auth:Mode", auth);
            if (personIdKey is not null)
                web.UseSetting("Graph:Ids:Key", personIdKey);
        });

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);
}
