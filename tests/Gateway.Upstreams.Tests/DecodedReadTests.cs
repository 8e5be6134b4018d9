using Gateway.Emulators;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Upstreams.Tests;

/// <summary>
/// A list read decodes a body only when it differs from the last body of that request: the upstream is called
/// every time, an unchanged answer yields the very same records, and anything else is decoded (or refused) afresh.
/// </summary>
public sealed class DecodedReadTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private CannedUpstream canned = null!;

    public async Task InitializeAsync()
    {
        await fixture.Control.ResetAsync(data: true);
        canned = await CannedUpstream.StartAsync();
    }

    public async Task DisposeAsync() => await canned.DisposeAsync();

    [Fact]
    public async Task UnchangedLists_CalledEveryTime_SameRecords()
    {
        await using var services = fixture.CreateServices();

        var users = await services.Worksection.GetUsersAsync(CancellationToken.None);
        var portalUsers = await services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None);
        var people = await services.PeopleV3.GetPeopleAsync(CancellationToken.None);

        Assert.Same(users, await services.Worksection.GetUsersAsync(CancellationToken.None));
        Assert.Same(portalUsers, await services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None));
        Assert.Same(people, await services.PeopleV3.GetPeopleAsync(CancellationToken.None));
        var stats = await fixture.Control.GetStatsAsync();
        Assert.Equal(2, stats.Count(EmulatorUpstreams.Worksection, "get_users"));
        Assert.Equal(2, stats.Count(EmulatorUpstreams.Zoho, "GET /portal/{portalId}/users/"));
        Assert.Equal(2, stats.Count(EmulatorUpstreams.PeopleV3, "GET /v3/people"));
    }

    [Fact]
    public async Task ListChangedUpstream_DecodedAgain()
    {
        await using var services = fixture.CreateServices();
        var before = await services.Worksection.GetUsersAsync(CancellationToken.None);
        var email = $"decoded-{Guid.NewGuid():N}@example.com";

        await services.Worksection.AddUserAsync(new WorksectionNewUser(email, FirstName: "Ada"), CancellationToken.None);
        var after = await services.Worksection.GetUsersAsync(CancellationToken.None);

        Assert.NotSame(before, after);
        Assert.DoesNotContain(before, u => u.Email == email);
        Assert.Contains(after, u => u.Email == email);
    }

    [Fact]
    public async Task BrokenBodyAfterGoodOne_BadResponse_NotTheRememberedList()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        const string good = """{"status":"ok","data":[{"id":"7","email":"a@example.com"}]}""";
        canned.Answer(good);
        var first = await services.Worksection.GetUsersAsync(CancellationToken.None);

        canned.Answer("""{"status":"ok","data":[{"id":"7","email":"a@example.com"},null]}""");
        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Worksection.GetUsersAsync(CancellationToken.None));

        canned.Answer(good);
        Assert.Same(first, await services.Worksection.GetUsersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LargeBodyChanged_AfterTheFirstBuffer_OrShorter_OrLonger_DecodedAfresh()
    {
        // About 250 KB: compared against the remembered body over several reads of the stream.
        await using var services = fixture.CreateServices(canned.Settings());
        var emails = Enumerable.Range(0, 5000).Select(i => $"user{i}@example.com").ToList();
        canned.Answer(UsersBody(emails));
        var first = await services.Worksection.GetUsersAsync(CancellationToken.None);

        emails[4000] = "changed@example.com";
        canned.Answer(UsersBody(emails));
        var changed = await services.Worksection.GetUsersAsync(CancellationToken.None);
        canned.Answer(UsersBody(emails[..4500]));
        var shorter = await services.Worksection.GetUsersAsync(CancellationToken.None);
        canned.Answer(UsersBody([.. emails, "added@example.com"]));
        var longer = await services.Worksection.GetUsersAsync(CancellationToken.None);

        Assert.Equal("user4000@example.com", first[4000].Email);
        Assert.Equal("changed@example.com", changed[4000].Email);
        Assert.Equal(4500, shorter.Count);
        Assert.Equal("added@example.com", longer[^1].Email);
        Assert.Equal(5001, longer.Count);
    }

    [Fact]
    public async Task SameNewBodyToConcurrentReads_DecodedOnce_OneListShared()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer(UsersBody(Enumerable.Range(0, 5000).Select(i => $"user{i}@example.com")));

        var lists = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => services.Worksection.GetUsersAsync(CancellationToken.None)));

        Assert.All(lists, list => Assert.Same(lists[0], list));
    }

    [Fact]
    public async Task BodyWithByteOrderMark_Decoded()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("\uFEFF" + """{"status":"ok","data":[{"id":"7","email":"a@example.com"}]}""");

        var users = await services.Worksection.GetUsersAsync(CancellationToken.None);

        Assert.Equal("a@example.com", Assert.Single(users).Email);
    }

    private static string UsersBody(IEnumerable<string> emails) =>
        $$"""{"status":"ok","data":[{{string.Join(',', emails.Select((email, i) => $$"""{"id":"{{i}}","email":"{{email}}"}"""))}}]}""";

    [Fact]
    public async Task WorksectionErrorEnvelope_DataOfAnotherShape_StillRejectedWithItsMessage()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"status":"error","message":"Too many requests for this account","data":{}}""");

        var error = await Expect.UpstreamError(UpstreamErrorKind.Rejected, () => services.Worksection.GetUsersAsync(CancellationToken.None));

        Assert.Contains("Too many requests", error.Message, StringComparison.Ordinal);
    }
}
