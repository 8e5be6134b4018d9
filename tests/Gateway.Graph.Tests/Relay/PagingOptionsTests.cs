using Gateway.Graph.Relay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Tests.Relay;

public sealed class PagingOptionsTests
{
    [Fact]
    public void NoSection_HotChocolateDefaults()
    {
        var options = Resolve([]);

        Assert.Equal(10, options.DefaultPageSize);
        Assert.Equal(50, options.MaxPageSize);
        Assert.True(options.IncludeTotalCount);
    }

    [Fact]
    public void Section_Bound()
    {
        var options = Resolve(new() { ["Graph:Paging:DefaultPageSize"] = "25", ["Graph:Paging:MaxPageSize"] = "100", ["Graph:Paging:IncludeTotalCount"] = "false" });

        Assert.Equal(25, options.DefaultPageSize);
        Assert.Equal(100, options.MaxPageSize);
        Assert.False(options.IncludeTotalCount);
    }

    [Theory]
    [InlineData("DefaultPageSize", "0")]
    [InlineData("MaxPageSize", "-5")]
    [InlineData("DefaultPageSize", "51")]
    public void InvalidValue_FailsValidation(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [$"Graph:Paging:{key}"] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static PagingOptions Resolve(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddPaging(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<PagingOptions>>().Value;
    }
}
