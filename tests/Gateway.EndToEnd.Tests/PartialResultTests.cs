using System.Net;
using Gateway.Emulators;
using Gateway.Emulators.Faults;
using Gateway.Testing;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests;

/// <summary>One upstream failing costs only the data it holds; the error names the path, the upstream and a stable code.</summary>
public sealed class PartialResultTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    private const string DirectoryQuery = "{ people(first: 50) { totalCount nodes { email accounts { source } } } }";

    public Task InitializeAsync() => ResetAsync();

    public Task DisposeAsync() => ResetAsync();

    // The gateway remembers a 429's window across requests: forget it, or the next test would find Zoho silenced.
    private async Task ResetAsync()
    {
        await gateway.Control.ResetAsync();
        var windows = gateway.Factory.Services.GetRequiredService<IRetryAfterWindows>();
        foreach (var upstream in UpstreamName.BuiltIn) await windows.ForgetAsync(upstream, default);
    }

    public static TheoryData<string, FaultSettings, string> ZohoFaults => new()
    {
        { "503", new FaultSettings { ErrorRate = 1, ErrorStatus = 503 }, "UPSTREAM_UNAVAILABLE" },
        { "slow", new FaultSettings { LatencyMs = 5000 }, "UPSTREAM_TIMEOUT" },
        { "hang", new FaultSettings { Hang = true }, "UPSTREAM_TIMEOUT" },
        { "429", new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600 }, "UPSTREAM_RATE_LIMITED" },
        { "truncated", new FaultSettings { MalformedJson = true }, "UPSTREAM_BAD_RESPONSE" },
        { "html", new FaultSettings { HtmlBody = true }, "UPSTREAM_BAD_RESPONSE" },
    };

    [Theory]
    [MemberData(nameof(ZohoFaults))]
    public async Task ZohoFailing_PeopleFromTheOtherUpstreamsAreStillListed(string fault, FaultSettings settings, string code)
    {
        await gateway.Control.SetFaultAsync("zoho", settings);

        var response = await gateway.QueryAsync(DirectoryQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.At("people.totalCount").GetInt32() > 0, fault);
        Assert.All(response.At("people.nodes").EnumerateArray(), p =>
            Assert.DoesNotContain(p.GetProperty("accounts").EnumerateArray(), a => a.GetProperty("source").GetString() == "ZOHO_PROJECTS"));
        var error = Assert.Single(response.Errors);
        var extensions = error.GetProperty("extensions");
        Assert.Equal(code, extensions.GetProperty("code").GetString());
        Assert.Equal("zoho", extensions.GetProperty("upstream").GetString());
        Assert.Equal("people", error.GetProperty("path")[0].GetString());
        AssertNoSecret(response.Body);
    }

    [Fact]
    public async Task RateLimited_ReportsRetryAfterSeconds()
    {
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600 });

        var response = await gateway.QueryAsync(DirectoryQuery);

        var extensions = Assert.Single(response.Errors).GetProperty("extensions");
        Assert.Equal(3600, extensions.GetProperty("retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task RateLimited_LaterRequestsSendNoCall_AndSayTheTimeLeftOnce()
    {
        await gateway.Control.SetFaultAsync("zoho", new FaultSettings { RateLimit = true, RetryAfterSeconds = 3600 });
        await gateway.QueryAsync(DirectoryQuery);
        var callsAfterFirst = (await gateway.Control.GetStatsAsync()).CountUpstream("zoho");

        var later = new List<GraphQLResponse>();
        for (var i = 0; i < 5; i++) later.Add(await gateway.QueryAsync(DirectoryQuery));

        Assert.Equal(1, callsAfterFirst);
        Assert.Equal(1, (await gateway.Control.GetStatsAsync()).CountUpstream("zoho"));
        foreach (var response in later)
        {
            Assert.True(response.At("people.totalCount").GetInt32() > 0);
            var error = Assert.Single(response.Errors);
            var extensions = error.GetProperty("extensions");
            Assert.Equal("UPSTREAM_RATE_LIMITED", extensions.GetProperty("code").GetString());
            Assert.InRange(extensions.GetProperty("retryAfterSeconds").GetInt32(), 3500, 3600);
            var message = error.GetProperty("message").GetString()!;
            Assert.Matches(@"^Zoho Projects is rate limiting GET /portal/\{portalId\}/[^;]+; retry after \d+ s\.$", message);
        }
    }

    [Fact]
    public async Task WorksectionGroupsDown_TeamsStillListPeopleV3Groups_WithOneErrorForTheWholePage()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { ErrorRate = 1, Operations = ["get_user_groups"] });

        var response = await gateway.QueryAsync("{ people(first: 20) { nodes { email teams { source } } } }");

        var error = Assert.Single(response.Errors);
        Assert.Equal("worksection", error.GetProperty("extensions").GetProperty("upstream").GetString());
        Assert.Equal("people.nodes.teams", error.GetProperty("extensions").GetProperty("fieldPath").GetString());
        var sources = response.At("people.nodes").EnumerateArray()
            .SelectMany(p => p.GetProperty("teams").EnumerateArray()).Select(t => t.GetProperty("source").GetString()).Distinct().ToList();
        Assert.Equal(["PEOPLE_V3"], sources);
    }

    [Fact]
    public async Task ContactsDown_OnlyTheContactsFieldIsNull()
    {
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { ErrorRate = 1, Operations = ["get_contacts"] });

        var response = await gateway.QueryAsync("{ contacts { totalCount } upstreams { name reachable } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("contacts").ValueKind);
        Assert.Equal(3, response.At("upstreams").GetArrayLength());
        var error = Assert.Single(response.Errors);
        Assert.Equal("UPSTREAM_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("get_contacts", error.GetProperty("extensions").GetProperty("operation").GetString());
    }

    [Fact]
    public async Task UpstreamDown_UpstreamsFieldSaysSo()
    {
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { ErrorRate = 1 });

        var response = (await gateway.QueryAsync("{ upstreams { name reachable errorCode } }")).EnsureNoErrors();

        var v3 = response.At("upstreams").EnumerateArray().Single(u => u.GetProperty("name").GetString() == "peoplev3");
        Assert.False(v3.GetProperty("reachable").GetBoolean());
        Assert.Equal("UPSTREAM_UNAVAILABLE", v3.GetProperty("errorCode").GetString());
    }

    private static void AssertNoSecret(string body)
    {
        var defaults = new EmulatorOptions();
        Assert.DoesNotContain(defaults.WorksectionApiKey, body);
        Assert.DoesNotContain(defaults.ZohoAccessToken, body);
        Assert.DoesNotContain(defaults.PeopleV3AccessToken, body);
        Assert.DoesNotContain("hash=", body);
        Assert.DoesNotContain("   at ", body);
    }
}
