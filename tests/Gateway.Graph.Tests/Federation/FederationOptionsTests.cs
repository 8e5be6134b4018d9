using Gateway.Graph;
using Gateway.Graph.Federation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Tests.Federation;

public sealed class FederationOptionsTests
{
    [Fact]
    public void Defaults_OffWithAThousandRepresentations()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.False(options.Enabled);
        Assert.Equal(1_000, options.MaxRepresentations);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    public void MaxRepresentationsOutOfRange_IsRefused(string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?>
        {
            ["Graph:Federation:Enabled"] = "true",
            ["Graph:Federation:MaxRepresentations"] = value,
        }));

        Assert.Contains("MaxRepresentations", error.Message);
    }

    private static FederationOptions Options(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddPeopleGraph(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider().GetRequiredService<IOptions<FederationOptions>>().Value;
}
