using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Upstreams.Tests;

/// <summary>Contract quirks and wrong shapes served verbatim over HTTP: tolerated where documented, BadResponse otherwise.</summary>
public sealed class WireQuirksTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private CannedUpstream canned = null!;

    public async Task InitializeAsync() => canned = await CannedUpstream.StartAsync();

    public async Task DisposeAsync() => await canned.DisposeAsync();

    [Fact]
    public async Task WorksectionGetUsers_PhpEmptyArraysAndStringNumbers_Tolerated()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""
            {"status":"ok","data":[
              {"id":"7","email":"a@example.com","services":[],"rate":"20.5","date_added":"2024-06-18 09:30"},
              {"id":8,"email":"b@example.com","services":{"chats":[],"socials":{"LinkedIn":"b-in"}},"date_added":"0000-00-00 00:00"},
              {"id":"9","email":"c@example.com","services":{}}
            ]}
            """);

        var users = await services.Worksection.GetUsersAsync(CancellationToken.None);

        Assert.Equal(["7", "8", "9"], users.Select(u => u.Id));
        Assert.Equal(20.5m, users[0].Rate);
        Assert.Equal(new DateTimeOffset(2024, 6, 18, 9, 30, 0, TimeSpan.Zero), users[0].DateAdded);
        Assert.Empty(users[0].Chats);
        Assert.Equal("b-in", users[1].Socials["LinkedIn"]);
        Assert.Null(users[1].DateAdded);
        Assert.Empty(users[2].Socials);
    }

    [Fact]
    public async Task WorksectionGetUserGroups_ClientAsString_Tolerated()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"status":"ok","data":[{"id":"12","title":"Acme","type":"company","client":"1"},{"id":"13","title":"Us","type":"company","client":0}]}""");

        var groups = await services.Worksection.GetUserGroupsAsync(CancellationToken.None);

        Assert.True(groups[0].IsClientTeam);
        Assert.False(groups[1].IsClientTeam);
        Assert.Equal("company", groups[0].Type);
    }

    [Fact]
    public async Task WorksectionGetUserGroups_TypeClientWithoutTheFlag_IsAClientTeam()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"status":"ok","data":[{"id":"12","title":"Acme","type":"client"},{"id":"13","title":"Us","type":" "}]}""");

        var groups = await services.Worksection.GetUserGroupsAsync(CancellationToken.None);

        Assert.True(groups[0].IsClientTeam);
        Assert.Equal("client", groups[0].Type);
        Assert.False(groups[1].IsClientTeam);
        Assert.Null(groups[1].Type);
    }

    [Theory]
    [InlineData("""{"status":"ok","data":{"id":"1","email":"a@example.com"}}""")]
    [InlineData("""{"status":"ok","data":[{"id":"1"}]}""")]
    [InlineData("""{"status":"ok","data":[null]}""")]
    [InlineData("""{"status":"ok"}""")]
    [InlineData("""{"status":"maybe","data":[]}""")]
    [InlineData("""[]""")]
    [InlineData("null")]
    public async Task WorksectionGetUsers_WrongShape_BadResponse(string body)
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer(body);

        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Worksection.GetUsersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task WorksectionErrorEnvelope_HashMessage_UnauthorizedWithoutUpstreamText()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"status":"error","message":"Invalid hash"}""");

        var error = await Expect.UpstreamError(UpstreamErrorKind.Unauthorized, () => services.Worksection.GetContactsAsync(CancellationToken.None));

        Assert.Equal("get_contacts", error.Operation);
    }

    [Fact]
    public async Task ZohoPortalUsers_ContractsMalformedSample_BadResponse()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        // The last sample of zoho-projects-users-api.txt: doubled braces and a typographic quote.
        canned.Answer("{\n{\n\t\"users\": [\n\t\t{\"role\": \"manager\", \"id\": \"4652419\", \"email\": \"dieterk@zylker.com\u201d\n\t\t}\n\t]\n}\n}");

        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.Zoho.GetPortalUsersAsync(ZohoUserType.All, CancellationToken.None));
    }

    [Fact]
    public async Task ZohoProjects_NumericIdAndStringRate_Mapped()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"projects":[{"id":1708000000000001,"name":"Apollo","status":"active","created_date":"06-18-2024"}]}""");

        var project = Assert.Single(await services.Zoho.GetProjectsAsync(CancellationToken.None));

        Assert.Equal("1708000000000001", project.Id);
        Assert.Equal(new DateTimeOffset(2024, 6, 18, 0, 0, 0, TimeSpan.Zero), project.CreatedAt);
    }

    [Fact]
    public async Task ZohoError_400WithUpstreamMessage_Rejected()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"error":{"code":6831,"message":"Given value for the parameter role is invalid"}}""", 400);

        var error = await Expect.UpstreamError(UpstreamErrorKind.Rejected, () =>
            services.Zoho.UpdateProjectUserAsync("1", "2", "boss", CancellationToken.None));

        Assert.Equal("Given value for the parameter role is invalid", error.Message);
    }

    [Fact]
    public async Task PeopleV3Person_MissingEmail_BadResponse()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""{"id":1,"first_name":"Half","role":{"id":2}}""");

        await Expect.UpstreamError(UpstreamErrorKind.BadResponse, () => services.PeopleV3.GetPersonAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task PeopleV3Person_ContractSample_MapsEveryField()
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer("""
            {"id":11679192,"first_name":"Stella","last_name":"Altois","title":"Manager","email":"stella@email.com",
             "role":{"id":90391275},"groups":[33838231,33720182],"timezone":10,"initials":"C","image_url":null,
             "profile_color":"#781f1f","language":"en","suspended":false,"send_invite":true,
             "last_active":"2016-09-19T06:17:22+00:00","created_at":"2016-09-16T10:39:25+00:00",
             "updated_at":"2016-09-16T10:39:25+00:00","projects":[23423233,23423234]}
            """);

        var person = await services.PeopleV3.GetPersonAsync(11679192, CancellationToken.None);

        Assert.Equal(90391275, person.RoleId);
        Assert.Equal([33838231L, 33720182L], person.GroupIds);
        Assert.Equal(10, person.Timezone);
        Assert.Null(person.ImageUrl);
        Assert.True(person.SendInvite);
        Assert.Equal(new DateTimeOffset(2016, 9, 19, 6, 17, 22, TimeSpan.Zero), person.LastActive);
        Assert.Equal([23423233L, 23423234L], person.ProjectIds);
        Assert.Equal("C", person.Initials);
        Assert.Equal("#781f1f", person.ProfileColor);
        Assert.Equal(new DateTimeOffset(2016, 9, 16, 10, 39, 25, TimeSpan.Zero), person.UpdatedAt);
    }

    [Theory]
    [InlineData("5.5", "5.5")]
    [InlineData("5.75", "5.75")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("8", "8")]
    public async Task PeopleV3Person_FractionalTimezone_KeptExact(string sent, string expected)
    {
        await using var services = fixture.CreateServices(canned.Settings());
        canned.Answer($$"""{"id":1,"email":"a@example.com","timezone":{{sent}}}""");

        var person = await services.PeopleV3.GetPersonAsync(1, CancellationToken.None);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), person.Timezone);
    }
}
