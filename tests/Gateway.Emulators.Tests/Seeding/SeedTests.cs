using Gateway.Emulators.Seeding;

namespace Gateway.Emulators.Tests.Seeding;

public sealed class SeedTests
{
    [Fact]
    public async Task SameSeed_GivesTheSameData()
    {
        await using var first = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = 7 });
        await using var second = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = 7 });

        Assert.Equal((await SeedSnapshot.ReadAsync(first)).Raw, (await SeedSnapshot.ReadAsync(second)).Raw);
    }

    [Fact]
    public async Task OtherSeed_GivesOtherData()
    {
        await using var first = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = 7 });
        await using var second = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = 8 });

        Assert.NotEqual((await SeedSnapshot.ReadAsync(first)).Raw, (await SeedSnapshot.ReadAsync(second)).Raw);
    }

    [Fact]
    public async Task DefaultSeed_SpreadsPeopleOverUpstreamsWithSpellingAndTitleConflicts()
    {
        await using var host = await EmulatorHost.StartAsync();

        var snapshot = await SeedSnapshot.ReadAsync(host);
        var perPerson = snapshot.UpstreamsPerPerson();

        Assert.Equal(host.Options.People, perPerson.Count);
        Assert.Equal(3, perPerson[EmulatorSeed.AnchorEmail]);
        Assert.True(perPerson.Values.Count(n => n >= 2) >= perPerson.Count * 0.4, $"{perPerson.Values.Count(n => n >= 2)} of {perPerson.Count} shared");
        Assert.Contains(snapshot.ZohoUsers, u => u.GetProperty("email").GetString() != SeedSnapshot.Normalise(u));
        Assert.Contains(snapshot.PeopleV3, p => p.GetProperty("email").GetString() != SeedSnapshot.Normalise(p));
        Assert.Contains(snapshot.ZohoUsers, u => !u.GetProperty("active").GetBoolean());
        Assert.Contains(snapshot.PeopleV3, p => p.GetProperty("suspended").GetBoolean());
        var wsTitles = snapshot.WorksectionUsers.ToDictionary(SeedSnapshot.Normalise, u => u.GetProperty("title").GetString());
        Assert.Contains(snapshot.PeopleV3, p => wsTitles.TryGetValue(SeedSnapshot.Normalise(p), out var t) && t != p.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TenThousandPeople_AreGeneratedAndServed()
    {
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { People = 10_000 });

        var perPerson = (await SeedSnapshot.ReadAsync(host)).UpstreamsPerPerson();

        Assert.Equal(10_000, perPerson.Count);
        Assert.True(perPerson.Values.Count(n => n >= 2) >= 4_000);
    }
}
