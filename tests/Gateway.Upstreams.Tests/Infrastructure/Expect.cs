using Gateway.Upstreams.Common;

namespace Gateway.Upstreams.Tests.Infrastructure;

public static class Expect
{
    /// <summary>Awaits <paramref name="call"/> and returns the single UpstreamException it must throw, checking its kind.</summary>
    public static async Task<UpstreamException> UpstreamError(UpstreamErrorKind kind, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<UpstreamException>(call);
        Assert.Equal(kind, error.Kind);
        return error;
    }
}
