using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void StartupValidation_MissingSettings_NamesEachKey()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Upstreams:ZohoProjects:BaseUrl"] = "http://127.0.0.1:5100/zoho/restapi/",
            ["Upstreams:PeopleV3:BaseUrl"] = "not a url",
            ["Upstreams:PeopleV3:AccessToken"] = "t",
            ["Upstreams:Resilience:BreakerMinimumThroughput"] = "1",
        });

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var message = error is AggregateException many ? string.Join('\n', many.InnerExceptions.Select(e => e.Message)) : error.Message;
        Assert.Contains("Upstreams:Worksection:BaseUrl is required", message);
        Assert.Contains("Upstreams:Worksection:ApiKey is required", message);
        Assert.Contains("Upstreams:ZohoProjects:PortalId is required", message);
        Assert.Contains("Upstreams:ZohoProjects:AccessToken is required", message);
        Assert.Contains("Upstreams:PeopleV3:BaseUrl must be an absolute http or https URL", message);
        Assert.Contains("Upstreams:Resilience:BreakerMinimumThroughput must be at least 2", message);
    }

    [Fact]
    public void AddUpstreams_DefaultResilience_MatchesDocumentedNumbers()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var options = provider.GetRequiredService<IOptions<UpstreamResilienceOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), options.ReadAttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.ReadTotalTimeout);
        Assert.Equal(3, options.ReadMaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(10), options.WriteAttemptTimeout);
    }

    [Fact]
    public void WorksectionOnly_Registration_ResolvesClientWithoutOtherSections()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Upstreams:Worksection:BaseUrl"] = "http://127.0.0.1:5100/worksection/api/admin/v2",
            ["Upstreams:Worksection:ApiKey"] = "k",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddWorksectionUpstream(config).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(provider.GetRequiredService<WorksectionClient>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddUpstreams(config).BuildServiceProvider();
    }
}
