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
        // First user per email: the seed also holds a duplicate Worksection account (see DefaultSeed_HoldsTheSeededConflicts).
        var wsTitles = snapshot.WorksectionUsers.GroupBy(SeedSnapshot.Normalise).ToDictionary(g => g.Key, g => g.First().GetProperty("title").GetString());
        Assert.Contains(snapshot.PeopleV3, p => wsTitles.TryGetValue(SeedSnapshot.Normalise(p), out var t) && t != p.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DefaultSeed_HoldsTheSeededConflicts()
    {
        await using var host = await EmulatorHost.StartAsync();

        var snapshot = await SeedSnapshot.ReadAsync(host);

        // Two Worksection account users and two People v3 records share one email each, spelled differently.
        var wsDuplicate = Assert.Single(snapshot.WorksectionUsers.GroupBy(SeedSnapshot.Normalise), g => g.Count() > 1);
        Assert.Equal(["amelia.garcia@zillum.com", "Amelia.garcia@zillum.com"], wsDuplicate.Select(u => u.GetProperty("email").GetString()));
        var v3Duplicate = Assert.Single(snapshot.PeopleV3.GroupBy(SeedSnapshot.Normalise), g => g.Count() > 1);
        Assert.Equal(["de", "es"], v3Duplicate.Select(p => p.GetProperty("language").GetString()));
        Assert.Equal([1, 2], v3Duplicate.Select(p => p.GetProperty("timezone").GetInt32()));
        // Zoho still holds a former last name.
        Assert.Contains(snapshot.ZohoUsers, u => u.GetProperty("name").GetString() == "Isla Costa" && SeedSnapshot.Normalise(u) == "isla.haddad@zillum.com");
        // Suspended in People v3, active in Zoho Projects, not in Worksection.
        Assert.Contains(snapshot.PeopleV3, p => SeedSnapshot.Normalise(p) == "elena.martinez@zillum.com" && p.GetProperty("suspended").GetBoolean());
        Assert.Contains(snapshot.ZohoUsers, u => SeedSnapshot.Normalise(u) == "elena.martinez@zillum.com" && u.GetProperty("active").GetBoolean());
        Assert.DoesNotContain(snapshot.WorksectionUsers, u => SeedSnapshot.Normalise(u) == "elena.martinez@zillum.com");
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
