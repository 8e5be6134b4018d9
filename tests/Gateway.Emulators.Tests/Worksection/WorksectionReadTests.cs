using System.Text.Json;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Tests.Support;
using Gateway.Testing.Emulators;

namespace Gateway.Emulators.Tests.Worksection;

public sealed class WorksectionReadTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly UpstreamCalls _calls = new(fixture.Host, fixture.Http);

    [Fact]
    public async Task GetUsers_MatchesCurrentSampleFieldForField()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "get_users"));

        Assert.Equal("ok", body.GetProperty("status").GetString());
        var sample = JsonShape.Sample("worksection-get-users.json").GetProperty("data")[0];
        var users = body.GetProperty("data").EnumerateArray().ToList();
        Assert.NotEmpty(users);
        foreach (var user in users)
        {
            JsonShape.AssertMatches(sample, user, optional: ["contacts", "rate"], freeForm: ["services"]);
            Assert.False(user.TryGetProperty("phone4", out _));
        }

        Assert.Contains(users, u => u.TryGetProperty("rate", out _) && u.TryGetProperty("contacts", out _));
        Assert.Contains(users, u => u.GetProperty("services").EnumerateObject().Any() == false);
    }

    [Fact]
    public async Task GetUsers_StartsWithTheAnchorPerson()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "get_users"));

        var anchor = body.GetProperty("data")[0];
        Assert.Equal(EmulatorSeed.AnchorEmail, anchor.GetProperty("email").GetString());
        Assert.Equal("Head of Operations", anchor.GetProperty("title").GetString());
        Assert.Equal("Patricia Boyle", anchor.GetProperty("name").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", anchor.GetProperty("date_added").GetString());
        var services = anchor.GetProperty("services");
        Assert.Equal(JsonValueKind.String, services.GetProperty("chats").GetProperty("WhatsApp").ValueKind);
        Assert.Equal(JsonValueKind.String, services.GetProperty("socials").GetProperty("LinkedIn").ValueKind);
    }

    [Fact]
    public async Task GetContacts_MatchesSampleIncludingPhone4()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "get_contacts"));

        var sample = JsonShape.Sample("worksection-get-contacts.json").GetProperty("data")[0];
        var contacts = body.GetProperty("data").EnumerateArray().ToList();
        Assert.NotEmpty(contacts);
        Assert.All(contacts, contact => JsonShape.AssertMatches(sample, contact));
    }

    [Fact]
    public async Task GetUserGroups_MatchesSampleWithNumericClientAndCompanyType()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "get_user_groups"));

        var sample = JsonShape.Sample("worksection-get-user-groups.json").GetProperty("data")[0];
        var groups = body.GetProperty("data").EnumerateArray().ToList();
        Assert.All(groups, group => JsonShape.AssertMatches(sample, group));
        Assert.All(groups, group => Assert.Equal("company", group.GetProperty("type").GetString()));
        Assert.Contains(groups, g => g.GetProperty("client").GetInt32() == 1);
        Assert.Contains(groups, g => g.GetProperty("client").GetInt32() == 0);
    }

    [Fact]
    public async Task GetContactGroups_MatchesSampleWithAPresetFolder()
    {
        var body = await _calls.WorksectionJsonAsync(("action", "get_contact_groups"));

        var sample = JsonShape.Sample("worksection-get-contact-groups.json").GetProperty("data")[0];
        var folders = body.GetProperty("data").EnumerateArray().ToList();
        Assert.All(folders, folder => JsonShape.AssertMatches(sample, folder));
        Assert.Contains(folders, f => f.GetProperty("type").GetString() == "preset");
        Assert.Contains(folders, f => f.GetProperty("type").GetString() == "folder");
    }
}
