using System.Globalization;
using Gateway.Emulators.Seeding;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>Builds the Zoho portal from the canonical people: portal users and projects with members and rates.</summary>
internal static class ZohoSeed
{
    public static ZohoData Build(EmulatorOptions options, IReadOnlyList<SeedPerson> people, Random random)
    {
        var data = new ZohoData();
        var ordinal = 0;
        foreach (var person in people.Where(p => p.InZoho))
        {
            data.Users.Add(new ZohoUser
            {
                Id = (2060758 + ordinal * 3).ToString(CultureInfo.InvariantCulture),
                Name = person.ZohoName ?? person.Name,
                Email = person.ZohoEmail,
                Role = person.Index == 0 ? "admin" : PortalRole(random.NextDouble()),
                Active = person.ZohoActive,
            });
            ordinal++;
        }

        for (var p = 0; p < options.Projects; p++)
        {
            data.Projects.Add(Project(p, data.Users, random));
        }

        data.Capacity = options.ZohoPortalCapacity > 0 ? options.ZohoPortalCapacity : data.Users.Count(u => u.Active) + 25;
        return data;
    }

    private static ZohoProject Project(int index, List<ZohoUser> users, Random random)
    {
        var created = new DateTime(2024, 6, 18, 8, 40, 0, DateTimeKind.Utc).AddDays(-index * 23);
        var project = new ZohoProject
        {
            Id = 170876000004463097 + index * 1000L,
            Name = NameBank.ProjectNames[index % NameBank.ProjectNames.Length] + (index >= NameBank.ProjectNames.Length ? $" {index}" : ""),
            Status = index % 5 == 4 ? "archived" : "active",
            Description = $"Zillum project {index + 1}",
            OwnerName = users.Count > 0 ? users[0].Name : "",
            CreatedDate = created,
        };
        // The anchor (first Zoho user) is in the first two projects, as the seeding rules promise.
        if (index < 2 && users.Count > 0)
        {
            project.Members.Add(new ZohoMember { UserId = users[0].Id, Role = "admin", Rate = index == 0 ? 20.750m : null });
        }

        var wanted = Math.Min(users.Count, 3 + random.Next(6));
        for (var attempt = 0; attempt < wanted * 3 && project.Members.Count < wanted && users.Count > 1; attempt++)
        {
            var user = users[1 + random.Next(users.Count - 1)];
            if (project.Members.Any(m => m.UserId == user.Id))
            {
                continue;
            }

            project.Members.Add(new ZohoMember
            {
                UserId = user.Id,
                Role = PeopleGenerator.Pick(random, ProjectRoles),
                Rate = random.NextDouble() < 0.4 ? Math.Round(15m + random.Next(0, 3200) / 40m, 3) : null,
            });
        }

        return project;
    }

    private static readonly string[] ProjectRoles = ["manager", "employee", "employee", "contractor"];

    private static string PortalRole(double draw) => draw switch
    {
        < 0.05 => "admin",
        < 0.25 => "manager",
        < 0.85 => "employee",
        _ => "contractor",
    };
}
