using System.Text.RegularExpressions;
using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Upstreams.Tests;

/// <summary>DESIGN.md: API keys, hashes and tokens never appear in errors or logs, failures included.</summary>
public sealed partial class SecretRedactionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FailuresAcrossUpstreams_LogsAndErrors_HoldNoKeyHashOrToken()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["Upstreams:Resilience:ReadAttemptTimeout"] = "00:00:00.300",
            ["Upstreams:Resilience:ReadTotalTimeout"] = "00:00:01",
            ["Upstreams:Resilience:WriteAttemptTimeout"] = "00:00:00.300",
        });
        var errors = new List<UpstreamException>();

        foreach (var fault in Faults())
        {
            foreach (var upstream in EmulatorUpstreams.All)
            {
                await fixture.Control.SetFaultAsync(upstream, fault);
            }

            errors.AddRange(await FailuresAsync(services));
        }

        await fixture.Control.ResetAsync();
        errors.AddRange(await FailuresAsync(services));

        var lines = services.Logs.GetSnapshot()
            .Select(r => $"{r.Level} {r.Category} {r.Message} {r.Exception} {string.Join(' ', r.StructuredState ?? [])}")
            .Concat(errors.Select(e => e.ToString()))
            .ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(lines, l => l.Contains("get_users", StringComparison.Ordinal));
        var options = fixture.Host.Options;
        foreach (var line in lines)
        {
            Assert.DoesNotContain(options.WorksectionApiKey, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(options.ZohoAccessToken, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(options.PeopleV3AccessToken, line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("hash=", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(Md5Hex(), line);
        }
    }

    private static IEnumerable<FaultSettings> Faults() =>
    [
        new() { ErrorRate = 1, ErrorStatus = 503 },
        new() { MalformedJson = true },
        new() { HtmlBody = true },
        new() { RateLimit = true, RetryAfterSeconds = 3600 },
        new() { Hang = true },
    ];

    private static async Task<List<UpstreamException>> FailuresAsync(UpstreamServices services)
    {
        var ws = services.Worksection;
        var zoho = services.Zoho;
        var v3 = services.PeopleV3;
        Func<Task>[] calls =
        [
            () => ws.GetUsersAsync(CancellationToken.None),
            () => ws.AddUserAsync(new WorksectionNewUser("not an email"), CancellationToken.None),
            () => zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None),
            () => zoho.ActivateUserAsync("0", CancellationToken.None),
            () => v3.GetPersonAsync(1, CancellationToken.None),
            () => v3.CreatePersonAsync(new PeopleV3PersonInput("not an email"), CancellationToken.None),
        ];
        var errors = new List<UpstreamException>();
        foreach (var call in calls)
        {
            try
            {
                await call();
            }
            catch (UpstreamException e)
            {
                errors.Add(e);
            }
        }

        return errors;
    }

    // A Worksection request hash is 32 lowercase hex digits.
    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex Md5Hex();
}
