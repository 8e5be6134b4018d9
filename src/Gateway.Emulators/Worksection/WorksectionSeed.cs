using System.Globalization;
using Gateway.Emulators.Seeding;

namespace Gateway.Emulators.Worksection;

/// <summary>Builds the Worksection account from the canonical people: users, teams, contacts, projects.</summary>
internal static class WorksectionSeed
{
    public const string MainTeam = "Zillum";

    public static WorksectionData Build(EmulatorOptions options, IReadOnlyList<SeedPerson> people, Random random)
    {
        var data = new WorksectionData();
        AddGroups(data, Math.Max(1, options.Teams));
        var ordinal = 0;
        foreach (var person in people.Where(p => p.InWorksection))
        {
            data.Users.Add(User(person, ordinal++, data.Groups[person.TeamIndex % data.Groups.Count].Title, random));
        }

        // Duplicates come last, from their own generator, so that adding one leaves every other user as it was.
        var duplicates = new Random(options.Seed + 11);
        foreach (var person in people.Where(p => p.InWorksection && p.WorksectionDuplicateEmail is not null))
        {
            var user = User(person, ordinal++, data.Groups[person.TeamIndex % data.Groups.Count].Title, duplicates);
            user.Email = person.WorksectionDuplicateEmail!;
            user.Role = "guest";
            user.DateAdded = data.Users.First(u => u.Email == person.WorksectionEmail).DateAdded.AddYears(-2);
            data.Users.Add(user);
        }

        AddContacts(data, options, random);
        for (var p = 0; p < options.Projects; p++)
        {
            var projectId = (140000 + p * 7).ToString(CultureInfo.InvariantCulture);
            var tasks = Enumerable.Range(0, 5).Select(t => (9100000 + p * 100 + t).ToString(CultureInfo.InvariantCulture)).ToList();
            data.Projects.Add(new WorksectionProject(projectId, NameBank.ProjectNames[p % NameBank.ProjectNames.Length], tasks));
        }

        return data;
    }

    private static void AddGroups(WorksectionData data, int teams)
    {
        for (var i = 0; i < teams; i++)
        {
            var client = i % 4 == 3;
            var title = i == 0 ? MainTeam
                : client ? NameBank.ClientTeams[(i / 4) % NameBank.ClientTeams.Length]
                : NameBank.Departments[i % NameBank.Departments.Length];
            if (data.Groups.Any(g => g.Title == title))
            {
                title = $"{title} {i}";
            }

            data.Groups.Add(new WorksectionGroup((12 + i).ToString(CultureInfo.InvariantCulture), title, client ? 1 : 0));
        }
    }

    private static WorksectionUser User(SeedPerson person, int ordinal, string team, Random random)
    {
        var id = (2400001 + ordinal * 3).ToString(CultureInfo.InvariantCulture);
        var user = new WorksectionUser
        {
            Id = id,
            Email = person.WorksectionEmail,
            FirstName = person.FirstName,
            LastName = person.LastName,
            Title = person.Title,
            Group = team,
            Department = person.Department,
            Role = person.Index == 0 ? "account admin" : ordinal == 1 ? "owner" : Role(random.NextDouble()),
            DateAdded = new DateTime(2021, 1, 4, 9, 0, 0).AddMinutes(random.Next(0, 60 * 24 * 1400)),
            Rate = random.NextDouble() < 0.5 ? Math.Round(20m + random.Next(0, 1600) / 20m, 2) : null,
            Phone = random.NextDouble() < 0.8 ? person.Phone : "",
            Phone2 = random.NextDouble() < 0.5 ? $"+44 20 7946 {random.Next(1000, 9999)}" : "",
            Phone3 = random.NextDouble() < 0.6 ? $"+44 7700 900{random.Next(100, 999)}" : "",
            Phone4 = random.NextDouble() < 0.3 ? $"+44 1632 960{random.Next(100, 999)}" : "",
            Address = random.NextDouble() < 0.7 ? $"{random.Next(1, 220)} {person.Place.Street}, {person.Place.City}" : "",
            Address2 = random.NextDouble() < 0.2 ? $"Floor {random.Next(1, 12)}" : "",
            Contacts = random.NextDouble() < 0.3 ? $"Skype: {person.FirstName.ToLowerInvariant()}.{person.LastName.ToLowerInvariant()}" : null,
        };
        // Some real accounts answer "services": {} (worksection-get-users-current.txt shows the object, not its fill).
        if (person.Index == 0 || random.NextDouble() >= 0.2)
        {
            user.Chats["WhatsApp"] = user.Phone3.Length > 0 ? user.Phone3 : person.Phone;
            user.Chats["Telegram"] = $"@{person.FirstName.ToLowerInvariant()}{person.Index}";
            user.Socials["LinkedIn"] = $"https://www.linkedin.com/in/{person.FirstName.ToLowerInvariant()}-{person.LastName.ToLowerInvariant()}-{person.Index}";
        }

        return user;
    }

    private static string Role(double draw) => draw switch
    {
        < 0.80 => "user",
        < 0.85 => "team admin",
        < 0.90 => "department admin",
        < 0.95 => "guest",
        _ => "reader",
    };

    private static void AddContacts(WorksectionData data, EmulatorOptions options, Random random)
    {
        for (var i = 0; i < Math.Max(1, options.ContactFolders); i++)
        {
            var title = i < NameBank.ContactFolders.Length ? NameBank.ContactFolders[i] : $"Folder {i}";
            data.ContactFolders.Add(new WorksectionContactFolder((40 + i).ToString(CultureInfo.InvariantCulture), title, i == 0 ? "preset" : "folder"));
        }

        for (var i = 0; i < options.Contacts; i++)
        {
            var first = PeopleGenerator.Pick(random, NameBank.FirstNames);
            var last = PeopleGenerator.Pick(random, NameBank.LastNames);
            var company = PeopleGenerator.Pick(random, NameBank.Companies);
            var domain = new string(company.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray()) + ".example";
            data.Contacts.Add(new WorksectionContact
            {
                Id = (880001 + i).ToString(CultureInfo.InvariantCulture),
                FirstName = first,
                LastName = last,
                Title = $"{PeopleGenerator.Pick(random, NameBank.Titles[random.Next(NameBank.Titles.Length)])} at {company}",
                Group = data.ContactFolders[i % data.ContactFolders.Count].Title,
                Email = $"{first.ToLowerInvariant()}.{i}@{domain}",
                Phone = $"+1 555 01{random.Next(10, 99)}",
                Phone2 = random.NextDouble() < 0.5 ? $"+1 555 02{random.Next(10, 99)}" : "",
                Phone3 = random.NextDouble() < 0.5 ? $"+1 555 03{random.Next(10, 99)}" : "",
                Phone4 = random.NextDouble() < 0.3 ? $"+1 555 04{random.Next(10, 99)}" : "",
                Address = random.NextDouble() < 0.6 ? $"{random.Next(1, 500)} Main Street" : "",
                Address2 = "",
            });
        }
    }
}
