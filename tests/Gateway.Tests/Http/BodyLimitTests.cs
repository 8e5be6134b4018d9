using System.Text;

namespace Gateway.Tests.Http;

public sealed class BodyLimitTests(EndpointHost host) : IClassFixture<EndpointHost>
{
    private const string TooLarge = """{"errors":[{"message":"The request body exceeds 1048576 bytes.","extensions":{"code":"BODY_TOO_LARGE","codes":["BODY_TOO_LARGE"]}}]}""";

    [Fact]
    public async Task ThreeMegabytesWithContentLength_413()
    {
        var before = host.Counter.Resolved;

        using var response = await host.PostJsonAsync(ThreeMegabyteQuery());

        await ResponseAssert.IsAsync(response, 413, TooLarge);
        Assert.Equal(before, host.Counter.Resolved);
    }

    [Fact]
    public async Task ThreeMegabytesChunked_413()
    {
        using var response = await host.PostAsync(new ChunkedContent(Encoding.UTF8.GetBytes(ThreeMegabyteQuery())));

        await ResponseAssert.IsAsync(response, 413, TooLarge);
    }

    [Fact]
    public async Task JustUnderLimit_Executes()
    {
        var padding = new string(' ', 1_000_000);
        using var response = await host.PostJsonAsync($$"""{"query":"{ hello {{padding}} }"}""");

        await ResponseAssert.IsAsync(response, 200, """{"data":{"hello":"world"}}""");
    }

    /// <summary>A body whose length is not announced, so it is sent with chunked transfer encoding.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _body;

        public ChunkedContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
            => stream.WriteAsync(_body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    // 500,000 tokens, past the abuse list's 200,000. of the abuse list: a query made only of field selections.
    private static string ThreeMegabyteQuery()
        => $$"""{"query":"{ {{string.Concat(Enumerable.Repeat("hello ", 500_000))}} }"}""";
}
