using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Emulators;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Upstreams.Tests.ZohoProjects;

/// <summary>
/// A portal larger than one page: 450 portal users, 250 members on one project. Zoho pages every list, so these read
/// completely only by following <c>index</c>/<c>range</c>; each page is one counted call.
/// </summary>
public sealed class ZohoPagingTests : IAsyncLifetime
{
    private const string PortalUsersOp = "GET /portal/{portalId}/users/";
    private const string ProjectUsersOp = "GET /portal/{portalId}/projects/{projectId}/users/";
    private const int PortalUsers = 450;
    private const int ProjectMembers = 250;

    private EmulatorHost _host = null!;
    private string _bigProject = "";

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoPortalCapacity = 2000 });
        await using var services = new UpstreamServices(_host);
        var zoho = services.Zoho;
        var projects = await zoho.GetProjectsAsync(CancellationToken.None);
        _bigProject = projects[1].Id;
        var members = await zoho.GetProjectUsersAsync(_bigProject, ZohoUserType.All, CancellationToken.None);
        await zoho.AddProjectUsersAsync(_bigProject, NewEmails("member", ProjectMembers - members.Count), "employee", null, CancellationToken.None);
        var users = await zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None);
        await zoho.AddProjectUsersAsync(projects[2].Id, NewEmails("user", PortalUsers - users.Count), "employee", null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PortalUsers_450_ReadCompletelyInThreePages()
    {
        await using var services = new UpstreamServices(_host);

        var users = await CountingAsync(PortalUsersOp, () => services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None));

        Assert.Equal(3, users.Calls);
        Assert.Equal(PortalUsers, users.Value.Count);
        Assert.Equal(PortalUsers, users.Value.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public async Task ProjectMembers_250_ReadCompletelyInTwoPages()
    {
        await using var services = new UpstreamServices(_host);

        var members = await CountingAsync(ProjectUsersOp, () => services.Zoho.GetProjectUsersAsync(_bigProject, ZohoUserType.All, CancellationToken.None));

        Assert.Equal(2, members.Calls);
        Assert.Equal(ProjectMembers, members.Value.Count);
        Assert.Equal(ProjectMembers, members.Value.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public async Task PortalUsers_SizeKnown_SamePagesAskedAtOnceAndUnchangedListIsTheSameInstance()
    {
        await using var services = new UpstreamServices(_host);
        var first = await services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None);

        var again = await CountingAsync(PortalUsersOp, () => services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None));

        Assert.Equal(3, again.Calls);
        Assert.Same(first, again.Value);
    }

    [Fact]
    public async Task PortalUsers_GrownSinceLastRead_FollowsOnToTheEnd()
    {
        await using var services = new UpstreamServices(_host);
        var before = await services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None);
        var project = (await services.Zoho.GetProjectsAsync(CancellationToken.None))[3].Id;
        await services.Zoho.AddProjectUsersAsync(project, NewEmails("grown", 200), "employee", null, CancellationToken.None);

        var after = await CountingAsync(PortalUsersOp, () => services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None));

        // Pages 1-3 at once (the size said 450), all full now, then page 4 with the last 50.
        Assert.Equal(4, after.Calls);
        Assert.Equal(before.Count + 200, after.Value.Count);
        Assert.Equal(after.Value.Count, after.Value.Select(u => u.Id).Distinct().Count());
    }

    [Fact]
    public async Task UnpagedRead_AgainstTheEmulator_MissesPeople()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.ZohoBaseUrl, $"portal/{_host.Options.ZohoPortalId}/users/?usertype=All"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", _host.Options.ZohoAccessToken);

        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(body.RootElement.GetProperty("users").GetArrayLength() < PortalUsers);
    }

    private static List<string> NewEmails(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}.{i}.{Guid.NewGuid():N}@paging.example.com").ToList();

    private async Task<(T Value, int Calls)> CountingAsync<T>(string operation, Func<Task<T>> read)
    {
        var control = _host.CreateControlClient();
        var before = (await control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, operation);
        var value = await read();
        return (value, (await control.GetStatsAsync()).Count(EmulatorUpstreams.Zoho, operation) - before);
    }
}
