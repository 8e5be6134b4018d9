namespace Gateway.Emulators.Seeding;

/// <summary>
/// Facts about the seeded data that tests and the playground rely on. The anchor person is always generated first
/// and lives in all three upstreams under three spellings of one email.
/// </summary>
public static class EmulatorSeed
{
    /// <summary>The anchor's email in Worksection, and the canonical (trimmed, lower-case) form of all three.</summary>
    public const string AnchorEmail = "patricia.boyle@zillum.com";

    /// <summary>The anchor's Zoho portal email, surrounding spaces included.</summary>
    public const string AnchorZohoEmail = " Patricia.Boyle@Zillum.com ";

    /// <summary>The anchor's People API v3 email.</summary>
    public const string AnchorPeopleV3Email = "PATRICIA.BOYLE@ZILLUM.COM";

    /// <summary>The anchor's first name.</summary>
    public const string AnchorFirstName = "Patricia";

    /// <summary>The anchor's last name.</summary>
    public const string AnchorLastName = "Boyle";

    /// <summary>The anchor's Worksection title.</summary>
    public const string AnchorWorksectionTitle = "Head of Operations";

    /// <summary>The anchor's People API v3 title (conflicts with Worksection on purpose).</summary>
    public const string AnchorPeopleV3Title = "Operations Lead";

    /// <summary>
    /// A valid Worksection task page for <c>subscribe</c>/<c>unsubscribe</c>. Seeded project ids are
    /// 140000 + 7·p and task ids 9100000 + 100·p + t (t = 0..4) for project p.
    /// </summary>
    public const string WorksectionTaskPage = "/project/140000/9100000/";
}
