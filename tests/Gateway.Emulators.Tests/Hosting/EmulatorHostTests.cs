using System.Net;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.Hosting;

public sealed class EmulatorHostTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void BaseUrls_AreUnderTheBoundLoopbackAddress()
    {
        var host = fixture.Host;

        Assert.Equal("127.0.0.1", host.BaseAddress.Host);
        Assert.NotEqual(0, host.BaseAddress.Port);
        Assert.EndsWith("/", host.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(new Uri(host.BaseAddress, "worksection/api/admin/v2/"), host.WorksectionBaseUrl);
        Assert.Equal(new Uri(host.BaseAddress, "zoho/restapi/"), host.ZohoBaseUrl);
        Assert.Equal(new Uri(host.BaseAddress, "peoplev3/v3/"), host.PeopleV3BaseUrl);
    }

    [Fact]
    public async Task CustomCredentials_AreTheOnlyOnesAccepted()
    {
        var options = new EmulatorOptions { WorksectionApiKey = "k2", ZohoPortalId = "p2", ZohoAccessToken = "z2", PeopleV3AccessToken = "v2" };
        await using var host = await EmulatorHost.StartAsync(options);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var calls = new UpstreamCalls(host, http);

        var worksection = await calls.WorksectionJsonAsync(("action", "get_user_groups"));
        var (zoho, _) = await calls.SendAsync(calls.Zoho(HttpMethod.Get, calls.ZohoPortal("users/")));
        var (oldPortal, _) = await calls.SendAsync(calls.Zoho(HttpMethod.Get, "portal/demo-portal/users/"));
        var (v3, _) = await calls.SendAsync(calls.PeopleV3(HttpMethod.Get, "people"));
        var (oldToken, _) = await calls.SendAsync(calls.PeopleV3(HttpMethod.Get, "people", token: "demo-peoplev3-token"));

        Assert.Equal("ok", worksection.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, zoho.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oldPortal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, v3.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, oldToken.StatusCode);
    }

    [Fact]
    public async Task DocumentedTaskPage_AcceptsSubscriptions()
    {
        var calls = new UpstreamCalls(fixture.Host, fixture.Http);

        var body = await calls.WorksectionJsonAsync(("action", "subscribe"), ("email_user", EmulatorSeed.AnchorEmail), ("page", EmulatorSeed.WorksectionTaskPage));

        Assert.Equal("ok", body.GetProperty("status").GetString());
    }
}
