namespace Gateway.Emulators.Seeding;

/// <summary>Generates the canonical people deterministically from the seed; upstream seeds spread them out.</summary>
internal static class PeopleGenerator
{
    public static List<SeedPerson> Generate(EmulatorOptions options, Random random)
    {
        var teams = Math.Max(1, options.Teams);
        var people = new List<SeedPerson>(Math.Max(1, options.People)) { Anchor() };
        var usedEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { EmulatorSeed.AnchorEmail };
        for (var index = 1; index < options.People; index++)
        {
            people.Add(Person(index, teams, random, usedEmails));
        }

        return SeededConflicts.Apply(people);
    }

    private static SeedPerson Anchor() =>
        new(0, EmulatorSeed.AnchorFirstName, EmulatorSeed.AnchorLastName, EmulatorSeed.AnchorWorksectionTitle,
            "Operations", 0, NameBank.Places[0], "+44 20 7946 0101", "en")
        {
            InWorksection = true,
            InZoho = true,
            InPeopleV3 = true,
            WorksectionEmail = EmulatorSeed.AnchorEmail,
            ZohoEmail = EmulatorSeed.AnchorZohoEmail,
            PeopleV3Email = EmulatorSeed.AnchorPeopleV3Email,
            PeopleV3Title = EmulatorSeed.AnchorPeopleV3Title,
        };

    private static SeedPerson Person(int index, int teams, Random random, HashSet<string> usedEmails)
    {
        var first = Pick(random, NameBank.FirstNames);
        var last = Pick(random, NameBank.LastNames);
        var department = random.Next(NameBank.Departments.Length);
        var title = Pick(random, NameBank.Titles[department]);
        var place = Pick(random, NameBank.Places);
        var email = UniqueEmail(first, last, index, random, usedEmails);
        var (ws, zoho, v3) = Membership(random.NextDouble());
        var shared = (ws ? 1 : 0) + (zoho ? 1 : 0) + (v3 ? 1 : 0) > 1;
        return new SeedPerson(index, first, last, title, NameBank.Departments[department], random.Next(teams), place,
            Phone(random, place.Offset), Pick(random, NameBank.Languages))
        {
            InWorksection = ws,
            InZoho = zoho,
            InPeopleV3 = v3,
            WorksectionEmail = email,
            ZohoEmail = shared ? Variant(email, random, 0.25, 0.15) : email,
            PeopleV3Email = shared ? Variant(email, random, 0.2, 0.1) : email,
            PeopleV3Title = shared && random.NextDouble() < 0.25 ? Pick(random, NameBank.Titles[department]) : title,
            ZohoActive = random.NextDouble() >= 0.1,
            PeopleV3Suspended = random.NextDouble() < 0.1,
        };
    }

    /// <summary>Half of the people live in two or three upstreams.</summary>
    private static (bool Worksection, bool Zoho, bool PeopleV3) Membership(double draw) => draw switch
    {
        < 0.20 => (true, false, false),
        < 0.35 => (false, true, false),
        < 0.50 => (false, false, true),
        < 0.62 => (true, true, false),
        < 0.74 => (true, false, true),
        < 0.84 => (false, true, true),
        _ => (true, true, true),
    };

    private static string UniqueEmail(string first, string last, int index, Random random, HashSet<string> used)
    {
        var domain = random.NextDouble() < 0.8 ? "zillum.com" : "zylker.com";
        var local = $"{Slug(first)}.{Slug(last)}";
        var email = $"{local}@{domain}";
        if (!used.Add(email))
        {
            email = $"{local}{index}@{domain}";
            used.Add(email);
        }

        return email;
    }

    /// <summary>The same address as another upstream keeps it: title case, upper case or padded with spaces.</summary>
    private static string Variant(string email, Random random, double recased, double padded)
    {
        var draw = random.NextDouble();
        if (draw < recased)
        {
            return random.NextDouble() < 0.5 ? email.ToUpperInvariant() : TitleCase(email);
        }

        return draw < recased + padded ? $" {email} " : email;
    }

    private static string TitleCase(string email)
    {
        var chars = email.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '.' or '@')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray()) is { Length: > 0 } slug ? slug : "user";

    private static string Phone(Random random, int offset) =>
        $"+{(offset < -2 ? 1 : 44)} {random.Next(200, 999)} {random.Next(100, 999)} {random.Next(1000, 9999)}";

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
