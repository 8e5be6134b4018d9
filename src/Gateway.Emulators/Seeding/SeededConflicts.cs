namespace Gateway.Emulators.Seeding;

/// <summary>
/// Puts realistic disagreements between the upstreams into the seed, a few per hundred people and always the same ones
/// for the same seed, so that the gateway's conflict reporting has something to show. In each block of a hundred people
/// the first person that fits each case from a fixed offset gets it:
/// <list type="bullet">
/// <item>Zoho Projects still holds a former last name (a name mismatch);</item>
/// <item>Worksection holds a second, older account user with the same email in other letter case (a duplicate account);</item>
/// <item>People v3 holds a second record from a rehire, with another language and time zone (a duplicate whose values differ);</item>
/// <item>a person suspended in People v3 but still active in Zoho Projects (the offboarding leak).</item>
/// </list>
/// <see cref="PeopleGenerator"/>'s draws also make titles and active states differ between systems, far more often than
/// in a kept directory (a quarter of the shared people had another title in People v3). Those natural disagreements are
/// kept to <see cref="NaturalTitleMismatchesPerBlock"/> title mismatches and <see cref="NaturalActiveMismatchesPerBlock"/> inactive
/// Zoho seat of someone active elsewhere per block (the first ones in directory order); past that, People v3 holds the same title as Worksection, and the person is active
/// wherever they have an account. Email spellings that differ only in case or surrounding spaces are not conflicts and
/// stay. Nothing here draws from a generator, so the rest of the seed stays as it was.
/// </summary>
internal static class SeededConflicts
{
    private const int Block = 100;

    /// <summary>People whose title differs between Worksection and People v3, besides the anchor and the seeded cases.</summary>
    internal const int NaturalTitleMismatchesPerBlock = 1;

    /// <summary>People whose Zoho Projects seat is inactive while they are active elsewhere, besides the seeded offboarding leak.</summary>
    internal const int NaturalActiveMismatchesPerBlock = 1;

    public static List<SeedPerson> Apply(List<SeedPerson> people)
    {
        for (var start = 0; start < people.Count; start += Block)
        {
            var seeded = new HashSet<int>
            {
                Change(people, start + 7, p => p.InZoho && (p.InWorksection || p.InPeopleV3),
                    p => p with { ZohoName = $"{p.FirstName} {FormerLastName(p)}" }),
                Change(people, start + 23, p => p.InWorksection,
                    p => p with { WorksectionDuplicateEmail = Capitalised(p.WorksectionEmail) }),
                Change(people, start + 41, p => p.InPeopleV3 && !p.PeopleV3Suspended,
                    p => p with { PeopleV3Duplicate = ($" {p.PeopleV3Email.Trim()} ", OtherLanguage(p.Language), p.Place.Offset + 1) }),
                Change(people, start + 59, p => p.InZoho && p.InPeopleV3 && !p.InWorksection,
                    p => p with { ZohoActive = true, PeopleV3Suspended = true }),
            };
            KeepNaturalMismatchesWithinBudget(people, start, seeded);
        }

        return people;
    }

    /// <summary>Gives the change to the first person from <paramref name="from"/> to the block's end who fits and has no seeded change yet; returns their index, or -1.</summary>
    private static int Change(List<SeedPerson> people, int from, Func<SeedPerson, bool> fits, Func<SeedPerson, SeedPerson> change)
    {
        var end = Math.Min(people.Count, (from / Block + 1) * Block);
        for (var i = Math.Max(1, from); i < end; i++)
        {
            if (fits(people[i]) && !Changed(people[i]))
            {
                people[i] = change(people[i]);
                return i;
            }
        }

        return -1;
    }

    /// <summary>Past the budget the systems agree: People v3 holds Worksection's title, and every account is active.</summary>
    private static void KeepNaturalMismatchesWithinBudget(List<SeedPerson> people, int start, HashSet<int> seeded)
    {
        var titles = 0;
        var actives = 0;
        // Index 0 is the anchor, whose title mismatch is part of its own seed.
        for (var i = Math.Max(1, start); i < Math.Min(people.Count, start + Block); i++)
        {
            if (seeded.Contains(i)) continue;
            var person = people[i];
            if (TitleDiffers(person) && ++titles > NaturalTitleMismatchesPerBlock)
                person = person with { PeopleV3Title = person.Title };
            if (ActiveDiffers(person) && !(OnlyTheZohoSeatIsInactive(person) && ++actives <= NaturalActiveMismatchesPerBlock))
                person = person with { ZohoActive = true, PeopleV3Suspended = false };
            people[i] = person;
        }
    }

    /// <summary>A Zoho Projects seat switched off while the person is still active elsewhere: the other way round from the leak.</summary>
    private static bool OnlyTheZohoSeatIsInactive(SeedPerson p) => 
        p.InZoho && !p.ZohoActive && !(p.InPeopleV3 && p.PeopleV3Suspended) && (p.InWorksection || p.InPeopleV3);

    private static bool TitleDiffers(SeedPerson p) => p.InWorksection && p.InPeopleV3 && p.PeopleV3Title != p.Title;

    private static bool ActiveDiffers(SeedPerson p)
    {
        var states = new List<bool>(3);
        if (p.InWorksection) states.Add(true); // Worksection account users have no inactive state.
        if (p.InZoho) states.Add(p.ZohoActive);
        if (p.InPeopleV3) states.Add(!p.PeopleV3Suspended);
        return states.Distinct().Count() > 1;
    }

    private static bool Changed(SeedPerson p) => p.ZohoName is not null || p.WorksectionDuplicateEmail is not null || p.PeopleV3Duplicate is not null;

    private static string FormerLastName(SeedPerson person) =>
        NameBank.LastNames[(Array.IndexOf(NameBank.LastNames, person.LastName) + 17) % NameBank.LastNames.Length];

    private static string OtherLanguage(string language) =>
        NameBank.Languages[(Array.IndexOf(NameBank.Languages, language) + 1) % NameBank.Languages.Length];

    private static string Capitalised(string email) => char.ToUpperInvariant(email[0]) + email[1..];
}
