using Gateway.Emulators;
using Gateway.Emulators.Seeding;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Tests.Infrastructure;
using Gateway.Upstreams.Worksection;

namespace Gateway.Upstreams.Tests.Worksection;

public sealed class WorksectionClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    // Seeded by the emulator: project ids 140000 + 7n with tasks 9100000 + 100n + t.
    private static readonly string SeededTask = WorksectionClient.TaskPage("140000", "9100000");

    public Task InitializeAsync() => fixture.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetUsers_Seeded_ReturnsUsersIncludingAnchor()
    {
        await using var services = fixture.CreateServices();

        var users = await services.Worksection.GetUsersAsync(CancellationToken.None);

        var anchor = Assert.Single(users, u => u.Email == EmulatorSeed.AnchorEmail);
        Assert.Equal(EmulatorSeed.AnchorFirstName, anchor.FirstName);
        Assert.False(string.IsNullOrEmpty(anchor.Id));
        Assert.All(users, u => Assert.NotNull(u.Chats));
        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_users"));
    }

    [Fact]
    public async Task AddUser_PlusEmailAndNonAsciiName_RoundTripsThroughSigning()
    {
        await using var services = fixture.CreateServices();
        var email = $"anna+{Guid.NewGuid():N}@example.com";

        var added = await services.Worksection.AddUserAsync(
            new WorksectionNewUser(email, FirstName: "Zoë", LastName: "Ångström-Łukasz", Title: "Lead & Co"), CancellationToken.None);

        Assert.Equal(email, added.Email);
        Assert.Equal("Zoë", added.FirstName);
        Assert.Equal("Ångström-Łukasz", added.LastName);
        var listed = Assert.Single(await services.Worksection.GetUsersAsync(CancellationToken.None), u => u.Email == email);
        Assert.Equal(added.Id, listed.Id);
        Assert.Equal("Lead & Co", listed.Title);
    }

    [Fact]
    public async Task SubscribeThenUnsubscribe_SeededTask_Succeed()
    {
        await using var services = fixture.CreateServices();

        await services.Worksection.SubscribeAsync(SeededTask, EmulatorSeed.AnchorEmail, CancellationToken.None);
        await services.Worksection.UnsubscribeAsync(SeededTask, EmulatorSeed.AnchorEmail, CancellationToken.None);

        var stats = await fixture.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count(EmulatorUpstreams.Worksection, "subscribe"));
        Assert.Equal(1, stats.Count(EmulatorUpstreams.Worksection, "unsubscribe"));
    }

    [Fact]
    public async Task Subscribe_UnknownTask_RejectedWithUpstreamMessage()
    {
        await using var services = fixture.CreateServices();

        var error = await Expect.UpstreamError(UpstreamErrorKind.Rejected, () =>
            services.Worksection.SubscribeAsync(WorksectionClient.TaskPage("1", "2"), EmulatorSeed.AnchorEmail, CancellationToken.None));

        Assert.Equal("Task not found", error.Message);
        Assert.Equal("subscribe", error.Operation);
        Assert.Equal(UpstreamName.Worksection, error.Upstream);
    }

    [Fact]
    public async Task AddContact_ThenGetContacts_ListsIt()
    {
        await using var services = fixture.CreateServices();
        var email = $"contact+{Guid.NewGuid():N}@example.com";

        var added = await services.Worksection.AddContactAsync(
            new WorksectionNewContact(email, "Jürgen Weiß", Title: "Buyer", Phone: "+49 30 1234"), CancellationToken.None);
        var contacts = await services.Worksection.GetContactsAsync(CancellationToken.None);

        Assert.Equal("Jürgen Weiß", added.Name);
        var listed = Assert.Single(contacts, c => c.Email == email);
        Assert.Equal(added.Id, listed.Id);
        Assert.Equal("+49 30 1234", listed.Phone);
    }

    [Fact]
    public async Task AddUserGroup_ClientTeam_ListedAsClientTeam()
    {
        await using var services = fixture.CreateServices();
        var title = $"Client {Guid.NewGuid():N}";

        var added = await services.Worksection.AddUserGroupAsync(title, isClientTeam: true, CancellationToken.None);
        var groups = await services.Worksection.GetUserGroupsAsync(CancellationToken.None);

        Assert.True(added.IsClientTeam);
        Assert.True(Assert.Single(groups, g => g.Title == title).IsClientTeam);
        Assert.Contains(groups, g => !g.IsClientTeam);
    }

    [Fact]
    public async Task AddContactGroup_ThenGetContactGroups_ListsFolder()
    {
        await using var services = fixture.CreateServices();
        var title = $"Folder {Guid.NewGuid():N}";

        var added = await services.Worksection.AddContactGroupAsync(title, CancellationToken.None);
        var folders = await services.Worksection.GetContactGroupsAsync(CancellationToken.None);

        Assert.Equal("folder", added.Type);
        Assert.Equal(added.Id, Assert.Single(folders, f => f.Title == title).Id);
        Assert.Contains(folders, f => f.Type == "preset");
    }

    [Fact]
    public async Task AddUser_InvalidEmail_RejectedWithUpstreamMessage()
    {
        await using var services = fixture.CreateServices();

        var error = await Expect.UpstreamError(UpstreamErrorKind.Rejected, () =>
            services.Worksection.AddUserAsync(new WorksectionNewUser("not an email"), CancellationToken.None));

        Assert.Equal("add_user", error.Operation);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task GetUsers_WrongApiKey_Unauthorized()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["Upstreams:Worksection:ApiKey"] = "wrong-key" });

        await Expect.UpstreamError(UpstreamErrorKind.Unauthorized, () => services.Worksection.GetUsersAsync(CancellationToken.None));

        Assert.Equal(1, (await fixture.Control.GetStatsAsync()).Count(EmulatorUpstreams.Worksection, "get_users"));
    }
}
