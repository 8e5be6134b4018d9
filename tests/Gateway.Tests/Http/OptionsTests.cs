using Microsoft.Extensions.Options;

namespace Gateway.Tests.Http;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("MaxBatchSize", "0")]
    [InlineData("MaxRequestBodyBytes", "0")]
    public async Task OutOfRangeOption_HostDoesNotStart(string key, string value)
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() => EndpointHost.StartAsync((key, value)));
    }

    [Fact]
    public async Task SmallerBodyLimit_Applied()
    {
        await using var host = await EndpointHost.StartAsync(("MaxRequestBodyBytes", "32"));

        using var response = await host.PostJsonAsync("""{"query":"{ hello hello hello hello }"}""");

        await ResponseAssert.IsAsync(response, 413, ResponseAssert.Error("BODY_TOO_LARGE", "The request body exceeds 32 bytes."));
    }

    [Fact]
    public async Task SmallerBatchLimit_Applied()
    {
        await using var host = await EndpointHost.StartAsync(("MaxBatchSize", "1"));

        using var response = await host.PostJsonAsync("""[{"query":"{ hello }"},{"query":"{ hello }"}]""");

        await ResponseAssert.IsAsync(response, 400, ResponseAssert.Error("BATCH_TOO_LARGE", "A batch may hold at most 1 requests."));
    }
}
