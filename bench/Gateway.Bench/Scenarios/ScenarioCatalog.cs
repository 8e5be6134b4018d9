namespace Gateway.Bench.Scenarios;

/// <summary>The screens a people-directory frontend shows, as GraphQL requests and as direct upstream calls.</summary>
public static class ScenarioCatalog
{
    public const string PersonById = "person-by-id";
    public const string PersonByEmail = "person-by-email";
    public const string DirectoryPage = "directory-page";
    public const string DirectoryPageById = "directory-page-by-id";
    public const string TeamRoster = "team-roster";
    public const string DeepQuery = "deep-query";
    public const string MutationRoundTrip = "mutation-round-trip";
    public const string EntitiesByEmail = "entities-by-email";
    public const string PeopleEmailIn = "people-email-in";
    public const string ConflictedPeople = "conflicted-people";

    private const string PeopleListsWhy =
        "one people list per upstream (Worksection get_users, Zoho portal users, People v3 people): none of the three can look a person up by email, and the merge needs all three";

    // Zoho sends at most 200 records a page and a list ends at its first short page; once a list's size is known, its
    // pages are asked for at once, so they add calls but no dependent round-trip.
    private static string ZohoPages(BenchTargets t) =>
        $"Zoho portal users in {t.ZohoUserPages} page(s), project list in {t.ZohoProjectPages}, the {t.ZohoProjects} projects' users in {t.ZohoMemberPages}";

    /// <summary>The directory page's document; also in the manifest the bench gives the gateway.</summary>
    public const string DirectoryPageQuery =
        """
        { people(first: 100) { totalCount pageInfo { hasNextPage endCursor }
            nodes { id email displayName title active
              accounts { source externalId role active }
              teams { id name }
              projectMemberships { role active project { id name } } } } }
        """;

    /// <summary>The documents the gateway knows by id: PersistedOperations:Directory of the bench stack.</summary>
    public static IReadOnlyList<string> PersistedDocuments => [DirectoryPageQuery];

    private static Scenario DirectoryPageScenario(string name, BenchTargets t, bool byDocumentId) => new(name,
        DirectoryPageQuery,
        new Dictionary<string, object?>(),
        (b, ct) => b.DirectoryAsync(100, ct),
        5 + t.ZohoUserPages + t.ZohoProjectPages + t.ZohoMemberPages,
        $"3 people lists + 2 team lists (Worksection user groups, v3 groups) + v3 roles (account roles) + the Zoho project list + each Zoho project's users (Zoho has no call for several projects' users); {ZohoPages(t)}",
        2, "Zoho project list, then the projects' users (their ids come from the list); everything else overlaps the first",
        byDocumentId);

    public static IReadOnlyList<Scenario> All(BenchTargets t) =>
    [
        new(PersonById,
            "query($id: ID!) { person(id: $id) { id email displayName title } }",
            new Dictionary<string, object?> { ["id"] = t.PersonId },
            (b, ct) => b.PersonAsync(t.PersonEmail, ct),
            2 + t.ZohoUserPages, $"{PeopleListsWhy}; the Zoho list in {t.ZohoUserPages} page(s) of at most 200",
            1, "the three lists are independent, and a known list's pages are asked for at once"),
        new(PersonByEmail,
            "query($email: String!) { personByEmail(email: $email) { id email displayName title } }",
            new Dictionary<string, object?> { ["email"] = t.PersonEmail },
            (b, ct) => b.PersonAsync(t.PersonEmail, ct),
            2 + t.ZohoUserPages, $"{PeopleListsWhy}; the Zoho list in {t.ZohoUserPages} page(s) of at most 200",
            1, "the three lists are independent, and a known list's pages are asked for at once"),
        DirectoryPageScenario(DirectoryPage, t, byDocumentId: false),
        // The same page as a trusted document (documentId from the bench's manifest): parsed and validated once.
        DirectoryPageScenario(DirectoryPageById, t, byDocumentId: true),
        new(TeamRoster,
            "query($id: ID!) { team(id: $id) { id name kind members { id email displayName title } } }",
            new Dictionary<string, object?> { ["id"] = t.TeamId },
            (b, ct) => b.TeamRosterAsync(t.TeamTitle, ct),
            3 + t.ZohoUserPages, $"the team's own group list (the id names its upstream: Worksection user groups) + the 3 people lists (members are merged people); the Zoho list in {t.ZohoUserPages} page(s)",
            1, "the team id is known up front, so the group list and the people lists are independent"),
        new(DeepQuery,
            """
            query($id: ID!) { person(id: $id) { id displayName
                projects { id name members { role person { id displayName teams { id name } } } } } }
            """,
            new Dictionary<string, object?> { ["id"] = t.PersonId },
            (b, ct) => b.DeepAsync(t.PersonEmail, ct),
            4 + t.ZohoUserPages + t.ZohoProjectPages + t.ZohoMemberPages,
            $"3 people lists + the Zoho project list + each Zoho project's users (Zoho cannot say which projects a user is in) + 2 team lists; {ZohoPages(t)}",
            2, "Zoho project list, then the projects' users; people and team lists overlap the first"),
        new(MutationRoundTrip,
            """
            mutation($id: ID!) { updatePerson(input: { id: $id, title: "Head of Operations" }) { person { id title } errors { __typename } } }
            """,
            new Dictionary<string, object?> { ["id"] = t.PersonId },
            (b, ct) => b.UpdateTitleAsync(t.PersonEmail, "Head of Operations", ct),
            3 + t.ZohoUserPages, $"the 3 people lists (the id maps to a person through the merged directory; the v3 list gives the v3 id, and the answer is the merged person) + one People v3 PUT; the Zoho list in {t.ZohoUserPages} page(s)",
            2, "the lists, then the PUT (it needs the v3 id and the current record)"),
        // A supergraph router's entity batch (one _entities call with 100 Person representations by email) against
        // the same people asked for by a client of this graph alone; the gateway runs in subgraph mode.
        new(EntitiesByEmail,
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id email displayName title } } }",
            new Dictionary<string, object?> { ["representations"] = t.BatchEmails.Select(email => new { __typename = "Person", email }).ToList() },
            (b, ct) => b.PeopleByEmailAsync(t.BatchEmails, ct),
            2 + t.ZohoUserPages, $"{PeopleListsWhy}; the Zoho list in {t.ZohoUserPages} page(s) of at most 200",
            1, "the three lists are independent, and a known list's pages are asked for at once"),
        new(PeopleEmailIn,
            "query($emails: [String!]!) { people(first: 100, where: { email: { in: $emails } }) { nodes { id email displayName title } } }",
            new Dictionary<string, object?> { ["emails"] = t.BatchEmails },
            (b, ct) => b.PeopleByEmailAsync(t.BatchEmails, ct),
            2 + t.ZohoUserPages, $"{PeopleListsWhy}; the Zoho list in {t.ZohoUserPages} page(s) of at most 200",
            1, "the three lists are independent, and a known list's pages are asked for at once"),
        // The people-operations screen: everyone whose records disagree, with every disagreement, computed from the
        // people lists the directory reads anyway. Against directory-page: what the comparison adds.
        new(ConflictedPeople,
            """
            { people(first: 100, where: { hasConflicts: { eq: true } }) { totalCount
                nodes { id email displayName conflicts { kind field system chosen values { source externalId value } } } } }
            """,
            new Dictionary<string, object?>(),
            (b, ct) => b.ConflictedPeopleAsync(ct),
            2 + t.ZohoUserPages, $"{PeopleListsWhy}; the Zoho list in {t.ZohoUserPages} page(s) of at most 200; conflicts add no call",
            1, "the three lists are independent, and a known list's pages are asked for at once"),
    ];
}
