using Gateway.Emulators.Faults;
using Gateway.Emulators.PeopleV3;
using Gateway.Emulators.Seeding;
using Gateway.Emulators.Worksection;
using Gateway.Emulators.ZohoProjects;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Emulators;

/// <summary>Registers the three emulators' seeded stores, the call counter and the fault injector.</summary>
public static class EmulatorServiceCollectionExtensions
{
    /// <summary>Adds the emulators' services; data is seeded here, once, from <paramref name="options"/>.</summary>
    public static IServiceCollection AddEmulators(this IServiceCollection services, EmulatorOptions options)
    {
        var worksection = new WorksectionStore();
        var zoho = new ZohoStore();
        var peopleV3 = new PeopleV3Store();
        SeedWorld.Load(options, worksection, zoho, peopleV3);
        services.AddSingleton(options);
        services.AddSingleton(worksection);
        services.AddSingleton(zoho);
        services.AddSingleton(peopleV3);
        services.AddSingleton<CallCounter>();
        services.AddSingleton(new FaultInjector(options));
        return services;
    }
}
