using Gateway.Emulators.Seeding;

namespace Gateway.Emulators.PeopleV3;

/// <summary>Builds the People API v3 account: people, groups, roles, languages and project ids.</summary>
internal static class PeopleV3Seed
{
    /// <summary>Role ids from the contract's samples.</summary>
    public const long AdministratorRole = 903912753;
    public const long MemberRole = 90391275;
    public const long GuestRole = 90391276;

    private static readonly string[] GroupNames =
        ["Operations", "Design", "Engineering", "Sales", "Marketing", "Finance", "Support", "People"];

    public static PeopleV3Data Build(EmulatorOptions options, IReadOnlyList<SeedPerson> people, Random random)
    {
        var data = new PeopleV3Data();
        data.Roles.AddRange([new(AdministratorRole, "Administrator"), new(MemberRole, "Member"), new(GuestRole, "Guest")]);
        data.Languages.AddRange([new("en", "English"), new("fr", "French"), new("de", "German"), new("es", "Spanish"), new("nl", "Dutch")]);
        for (var i = 0; i < Math.Max(1, options.Teams); i++)
        {
            data.Groups.Add(new(33838231 + i, i < GroupNames.Length ? GroupNames[i] : $"Group {i + 1}"));
        }

        for (var p = 0; p < Math.Max(1, options.Projects); p++)
        {
            data.ProjectIds.Add(23423233 + p);
        }

        var ordinal = 0;
        foreach (var person in people.Where(p => p.InPeopleV3))
        {
            data.People.Add(Person(person, ordinal++, data, random));
        }

        // Duplicates come last, from their own generator, so that adding one leaves every other record as it was.
        var duplicates = new Random(options.Seed + 13);
        foreach (var person in people.Where(p => p.InPeopleV3 && p.PeopleV3Duplicate is not null))
        {
            var original = data.People.First(p => p.Email == person.PeopleV3Email);
            var (email, language, offset) = person.PeopleV3Duplicate!.Value;
            var duplicate = Person(person, ordinal++, data, duplicates);
            duplicate.Email = email;
            duplicate.Language = language;
            duplicate.Timezone = offset;
            duplicate.Suspended = false;
            // Created by a rehire after the original record's last change: the newer record of the two.
            duplicate.CreatedAt = original.UpdatedAt.AddDays(30);
            duplicate.UpdatedAt = duplicate.CreatedAt.AddDays(2);
            duplicate.LastActive = duplicate.UpdatedAt.AddDays(1);
            data.People.Add(duplicate);
        }

        return data;
    }

    private static PeopleV3Person Person(SeedPerson person, int ordinal, PeopleV3Data data, Random random)
    {
        var id = 11679192L + ordinal * 7;
        var created = new DateTimeOffset(2016, 9, 16, 10, 39, 25, TimeSpan.Zero).AddHours(random.Next(0, 24 * 900));
        var anchor = person.Index == 0;
        var groups = anchor ? [data.Groups[0].Id] : Distinct(random, data.Groups.Select(g => g.Id).ToList(), 1 + random.Next(2));
        var projects = anchor ? [data.ProjectIds[0]] : Distinct(random, data.ProjectIds, random.Next(4));
        return new PeopleV3Person
        {
            Id = id,
            FirstName = person.FirstName,
            LastName = person.LastName,
            Title = person.PeopleV3Title,
            Email = person.PeopleV3Email,
            RoleId = anchor ? AdministratorRole : random.NextDouble() < 0.85 ? MemberRole : GuestRole,
            Groups = groups,
            Timezone = person.Place.Offset,
            ImageUrl = random.NextDouble() < 0.5 ? null : $"https://images.peoplev3.example/avatars/{id}.png",
            ProfileColor = PeopleGenerator.Pick(random, NameBank.ProfileColors),
            Language = person.Language,
            Suspended = !anchor && person.PeopleV3Suspended,
            SendInvite = random.NextDouble() < 0.8,
            CreatedAt = created,
            UpdatedAt = created.AddDays(random.Next(0, 60)),
            LastActive = created.AddDays(random.Next(60, 120)).AddSeconds(random.Next(0, 86400)),
            Projects = projects,
        };
    }

    private static List<long> Distinct(Random random, List<long> ids, int count) =>
        ids.OrderBy(_ => random.Next()).Take(Math.Min(count, ids.Count)).Order().ToList();
}
