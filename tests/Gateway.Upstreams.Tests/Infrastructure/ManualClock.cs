namespace Gateway.Upstreams.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so that windows can end without the test waiting for them.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
