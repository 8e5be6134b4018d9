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
/// Title mismatches, inactive Zoho users, suspended People v3 records and email spellings that differ only in case or
/// surrounding spaces (which are not conflicts) come from <see cref="PeopleGenerator"/>'s draws. Nothing here draws from a
/// generator, so the rest of the seed stays as it was.
/// </summary>
internal static class SeededConflicts
{
    private const int Block = 100;

    public static List<SeedPerson> Apply(List<SeedPerson> people)
    {
        for (var start = 0; start < people.Count; start += Block)
        {
            Change(people, start + 7, p => p.InZoho && (p.InWorksection || p.InPeopleV3),
                p => p with { ZohoName = $"{p.FirstName} {FormerLastName(p)}" });
            Change(people, start + 23, p => p.InWorksection,
                p => p with { WorksectionDuplicateEmail = Capitalised(p.WorksectionEmail) });
            Change(people, start + 41, p => p.InPeopleV3 && !p.PeopleV3Suspended,
                p => p with { PeopleV3Duplicate = ($" {p.PeopleV3Email.Trim()} ", OtherLanguage(p.Language), p.Place.Offset + 1) });
            Change(people, start + 59, p => p.InZoho && p.InPeopleV3 && !p.InWorksection,
                p => p with { ZohoActive = true, PeopleV3Suspended = true });
        }

        return people;
    }

    /// <summary>Gives the change to the first person from <paramref name="from"/> to the block's end who fits and has no seeded change yet.</summary>
    private static void Change(List<SeedPerson> people, int from, Func<SeedPerson, bool> fits, Func<SeedPerson, SeedPerson> change)
    {
        var end = Math.Min(people.Count, (from / Block + 1) * Block);
        for (var i = Math.Max(1, from); i < end; i++)
        {
            if (fits(people[i]) && !Changed(people[i]))
            {
                people[i] = change(people[i]);
                return;
            }
        }
    }

    private static bool Changed(SeedPerson p) => p.ZohoName is not null || p.WorksectionDuplicateEmail is not null || p.PeopleV3Duplicate is not null;

    private static string FormerLastName(SeedPerson person) =>
        NameBank.LastNames[(Array.IndexOf(NameBank.LastNames, person.LastName) + 17) % NameBank.LastNames.Length];

    private static string OtherLanguage(string language) =>
        NameBank.Languages[(Array.IndexOf(NameBank.Languages, language) + 1) % NameBank.Languages.Length];

    private static string Capitalised(string email) => char.ToUpperInvariant(email[0]) + email[1..];
}
