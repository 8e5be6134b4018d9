using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.Worksection;

public sealed class WorksectionWriteTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task AddUser_ReturnsSampleShapeAndAppearsInGetUsers()
    {
        var email = $"new.user.{Guid.NewGuid():N}@zillum.com";

        var body = await _calls.WorksectionJsonAsync(
            ("action", "add_user"), ("email", email), ("first_name", "Ada"), ("last_name", "Lovelace"),
            ("title", "Analyst & Engineer"), ("department", "R+D"), ("role", "guest"));

        var added = body.GetProperty("data");
        JsonShape.AssertMatches(JsonShape.Sample("worksection-add-user.json").GetProperty("data"), added);
        Assert.Equal("Analyst & Engineer", added.GetProperty("title").GetString());
        Assert.Equal("R+D", added.GetProperty("department").GetString());
        Assert.Equal("guest", added.GetProperty("role").GetString());
        var users = await _calls.WorksectionJsonAsync(("action", "get_users"));
        Assert.Contains(users.GetProperty("data").EnumerateArray(), u => u.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task AddUser_DefaultsToRoleUserInTheMainTeam()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "add_user"), ("email", $"plain.{Guid.NewGuid():N}@zillum.com"));

        var added = body.GetProperty("data");
        Assert.Equal("user", added.GetProperty("role").GetString());
        var groups = await _calls.WorksectionJsonAsync(("action", "get_user_groups"));
        Assert.Equal(groups.GetProperty("data")[0].GetProperty("title").GetString(), added.GetProperty("group").GetString());
    }

    [Fact]
    public async Task AddUserWithExistingEmailInOtherCase_IsRejected()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "add_user"), ("email", " " + EmulatorSeed.AnchorEmail.ToUpperInvariant()));

        Assert.Equal("error", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AddContact_ReturnsSampleShapeAndAppearsInGetContacts()
    {
        var email = $"contact.{Guid.NewGuid():N}@partner.example";

        var body = await _calls.WorksectionJsonAsync(
            ("action", "add_contact"), ("email", email), ("name", "Grace Hopper"), ("title", "Admiral"),
            ("group", "Partners"), ("phone4", "+1 555 0199"), ("address", "1 Navy Way"));

        var contact = body.GetProperty("data");
        JsonShape.AssertMatches(JsonShape.Sample("worksection-add-contact.json").GetProperty("data"), contact);
        Assert.Equal("Grace", contact.GetProperty("first_name").GetString());
        Assert.Equal("Hopper", contact.GetProperty("last_name").GetString());
        Assert.Equal("Partners", contact.GetProperty("group").GetString());
        var contacts = await _calls.WorksectionJsonAsync(("action", "get_contacts"));
        var listed = contacts.GetProperty("data").EnumerateArray().Single(c => c.GetProperty("email").GetString() == email);
        Assert.Equal("+1 555 0199", listed.GetProperty("phone4").GetString());
    }

    [Fact]
    public async Task AddUserGroup_IsIdempotentOnTitle()
    {
        var title = $"Client: Acme {Guid.NewGuid():N}";

        var first = await _calls.WorksectionJsonAsync(("action", "add_user_group"), ("title", title), ("client", "1"));
        var second = await _calls.WorksectionJsonAsync(("action", "add_user_group"), ("title", title), ("client", "0"));

        JsonShape.AssertMatches(JsonShape.Sample("worksection-add-user-group.json").GetProperty("data"), first.GetProperty("data"));
        Assert.Equal(first.GetProperty("data").GetRawText(), second.GetProperty("data").GetRawText());
        Assert.Equal(1, first.GetProperty("data").GetProperty("client").GetInt32());
        var groups = await _calls.WorksectionJsonAsync(("action", "get_user_groups"));
        Assert.Single(groups.GetProperty("data").EnumerateArray(), g => g.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task AddContactGroup_IsIdempotentOnTitleAndCreatesAFolder()
    {
        var title = $"Vendors {Guid.NewGuid():N}";

        var first = await _calls.WorksectionJsonAsync(("action", "add_contact_group"), ("title", title));
        var second = await _calls.WorksectionJsonAsync(("action", "add_contact_group"), ("title", title));

        JsonShape.AssertMatches(JsonShape.Sample("worksection-add-contact-group.json").GetProperty("data"), first.GetProperty("data"));
        Assert.Equal("folder", first.GetProperty("data").GetProperty("type").GetString());
        Assert.Equal(first.GetProperty("data").GetRawText(), second.GetProperty("data").GetRawText());
        var folders = await _calls.WorksectionJsonAsync(("action", "get_contact_groups"));
        Assert.Single(folders.GetProperty("data").EnumerateArray(), f => f.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task UserAddedToANewTeam_IsListedWithThatTeamAsGroup()
    {
        var team = $"Task Force {Guid.NewGuid():N}";
        var email = $"member.{Guid.NewGuid():N}@zillum.com";
        await _calls.WorksectionJsonAsync(("action", "add_user_group"), ("title", team));

        var added = await _calls.WorksectionJsonAsync(("action", "add_user"), ("email", email), ("group", team));

        Assert.Equal(team, added.GetProperty("data").GetProperty("group").GetString());
        var users = await _calls.WorksectionJsonAsync(("action", "get_users"));
        Assert.Equal(team, users.GetProperty("data").EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("group").GetString());
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    public async Task SubscribeAndUnsubscribe_AnswerTheBareOkEnvelope(string action)
    {
        var body = await _calls.WorksectionJsonAsync(("action", action), ("email_user", EmulatorSeed.AnchorEmail), ("page", "/project/140000/9100001/"));

        Assert.Equal(
            JsonSerializer.Serialize(JsonShape.Sample("worksection-subscribe.json")),
            JsonSerializer.Serialize(body));
    }
}
