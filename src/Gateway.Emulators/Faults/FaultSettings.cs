namespace Gateway.Emulators.Faults;

/// <summary>
/// A fault applied to the requests of one upstream; every member is optional and the defaults mean "no fault".
/// JSON shape of <c>PUT /_emulator/faults/{upstream}</c>.
/// </summary>
public sealed class FaultSettings
{
    /// <summary>Added delay before answering.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Random extra delay between zero and this value, on top of <see cref="LatencyMs"/>.</summary>
    public int JitterMs { get; set; }

    /// <summary>Share (0..1) of requests answered with <see cref="ErrorStatus"/>.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Status of the injected errors.</summary>
    public int ErrorStatus { get; set; } = 503;

    /// <summary>The next N matching requests fail with <see cref="ErrorStatus"/>; the following ones succeed.</summary>
    public int FailFirst { get; set; }

    /// <summary>Answer 429 with a <c>Retry-After</c> header.</summary>
    public bool RateLimit { get; set; }

    /// <summary>Value of the <c>Retry-After</c> header when <see cref="RateLimit"/> is on.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Answer 200 with the real JSON body cut in the middle.</summary>
    public bool MalformedJson { get; set; }

    /// <summary>Answer 200 with an HTML page, as a proxy or login wall would.</summary>
    public bool HtmlBody { get; set; }

    /// <summary>Never answer; the request ends only when the client aborts it or the host stops.</summary>
    public bool Hang { get; set; }

    /// <summary>Operation names (as in the stats) the fault applies to; null means every operation.</summary>
    public List<string>? Operations { get; set; }
}
