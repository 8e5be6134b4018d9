using Gateway.Emulators.PeopleV3;
using Gateway.Emulators.Worksection;
using Gateway.Emulators.ZohoProjects;

namespace Gateway.Emulators.Seeding;

/// <summary>Generates fresh data for all three stores; the same options always give the same data.</summary>
internal static class SeedWorld
{
    public static void Load(EmulatorOptions options, WorksectionStore worksection, ZohoStore zoho, PeopleV3Store peopleV3)
    {
        var people = PeopleGenerator.Generate(options, new Random(options.Seed));
        // One generator per upstream, so that a change in one upstream's seeding leaves the others' data alone.
        worksection.Load(WorksectionSeed.Build(options, people, new Random(options.Seed + 1)));
        zoho.Load(ZohoSeed.Build(options, people, new Random(options.Seed + 2)));
        peopleV3.Load(PeopleV3Seed.Build(options, people, new Random(options.Seed + 3)));
    }
}
