using System.Net;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.ZohoProjects;

public sealed class ZohoErrorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string FirstProject = "170876000004463097";
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Theory]
    [InlineData("wrong-token")]
    [InlineData("")]
    public async Task WrongOrEmptyToken_Is401With6401(string token)
    {
        await AssertErrorAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/"), token: token), HttpStatusCode.Unauthorized, 6401);
    }

    [Fact]
    public async Task MissingAuthorizationHeader_Is401With6401()
    {
        var request = _calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/"));
        request.Headers.Authorization = null;

        await AssertErrorAsync(request, HttpStatusCode.Unauthorized, 6401);
    }

    [Fact]
    public async Task BearerSchemeInsteadOfZohoOauthtoken_Is401()
    {
        var request = _calls.Zoho(HttpMethod.Get, _calls.ZohoPortal("users/"));
        request.Headers.Authorization = new("Bearer", fixture.Host.Options.ZohoAccessToken);

        await AssertErrorAsync(request, HttpStatusCode.Unauthorized, 6401);
    }

    [Theory]
    [InlineData("portal/other-portal/users/")]
    [InlineData("portal/demo-portal/projects/1/users/")]
    [InlineData("portal/demo-portal/projects/not-a-number/users/")]
    [InlineData("portal/demo-portal/no/such/path/")]
    public async Task UnknownPortalProjectOrPath_Is404With6404(string relative)
    {
        await AssertErrorAsync(_calls.Zoho(HttpMethod.Get, relative), HttpStatusCode.NotFound, 6404);
    }

    [Fact]
    public async Task UpdateOfANonMember_Is404With6404()
    {
        var form = new Dictionary<string, string> { ["role"] = "manager" };

        await AssertErrorAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{FirstProject}/users/999/"), form), HttpStatusCode.NotFound, 6404);
    }

    [Theory]
    [InlineData("email", "not-an-email", "role", "employee")]
    [InlineData("email", "a@zillum.com,broken", "role", "employee")]
    [InlineData("email", "a@zillum.com", "role", "admin")]
    [InlineData("email", "a@zillum.com", "role", "boss")]
    [InlineData("email", "a@zillum.com", "rate", "twenty")]
    public async Task AddUsersWithInvalidParameter_Is400With6831(string name1, string value1, string name2, string value2)
    {
        var form = new Dictionary<string, string> { [name1] = value1, [name2] = value2 };

        await AssertErrorAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{FirstProject}/users/"), form), HttpStatusCode.BadRequest, 6831);
    }

    [Theory]
    [InlineData("users/?usertype=Sleeping")]
    [InlineData("projects/170876000004463097/users/?usertype=Gone")]
    public async Task InvalidUserType_Is400With6831(string relative)
    {
        await AssertErrorAsync(_calls.Zoho(HttpMethod.Get, _calls.ZohoPortal(relative)), HttpStatusCode.BadRequest, 6831);
    }

    [Fact]
    public async Task UpdateWithInvalidRole_Is400With6831()
    {
        var form = new Dictionary<string, string> { ["role"] = "owner" };

        await AssertErrorAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal($"projects/{FirstProject}/users/2060758/"), form), HttpStatusCode.BadRequest, 6831);
    }

    [Theory]
    [InlineData("activate", "999999")]
    [InlineData("deactivate", "999999")]
    public async Task ActivateUnknownUser_Is404With6404(string name, string value)
    {
        var form = new Dictionary<string, string> { [name] = value };

        await AssertErrorAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal("users/activate/"), form), HttpStatusCode.NotFound, 6404);
    }

    [Fact]
    public async Task ActivateWithoutParameter_Is400With6831()
    {
        await AssertErrorAsync(_calls.Zoho(HttpMethod.Post, _calls.ZohoPortal("users/activate/"), new Dictionary<string, string>()), HttpStatusCode.BadRequest, 6831);
    }

    private async Task AssertErrorAsync(HttpRequestMessage request, HttpStatusCode status, int code)
    {
        var (response, body) = await _calls.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var error = body.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.DoesNotContain(fixture.Host.Options.ZohoAccessToken, body.GetRawText(), StringComparison.Ordinal);
    }
}
