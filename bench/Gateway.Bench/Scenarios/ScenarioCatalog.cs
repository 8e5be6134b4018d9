namespace Gateway.Bench.Scenarios;

/// <summary>The screens a people-directory frontend shows, as GraphQL requests and as direct upstream calls.</summary>
public static class ScenarioCatalog
{
    public const string PersonById = "person-by-id";
    public const string PersonByEmail = "person-by-email";
    public const string DirectoryPage = "directory-page";
    public const string TeamRoster = "team-roster";
    public const string DeepQuery = "deep-query";
    public const string MutationRoundTrip = "mutation-round-trip";
    public const string EntitiesByEmail = "entities-by-email";
    public const string PeopleEmailIn = "people-email-in";

    private const string PeopleListsWhy =
        "one people list per upstream (Worksection get_users, Zoho portal users, People v3 people): none of the three can look a person up by email, and the merge needs all three";

    public static IReadOnlyList<Scenario> All(BenchTargets t) =>
    [
        new(PersonById,
            "query($id: ID!) { person(id: $id) { id email displayName title } }",
            new Dictionary<string, object?> { ["id"] = t.PersonId },
            (b, ct) => b.PersonAsync(t.PersonEmail, ct),
            3, PeopleListsWhy,
            1, "the three lists are independent"),
        new(PersonByEmail,
            "query($email: String!) { personByEmail(email: $email) { id email displayName title } }",
            new Dictionary<string, object?> { ["email"] = t.PersonEmail },
            (b, ct) => b.PersonAsync(t.PersonEmail, ct),
            3, PeopleListsWhy,
            1, "the three lists are independent"),
        new(DirectoryPage,
            """
            { people(first: 100) { totalCount pageInfo { hasNextPage endCursor }
                nodes { id email displayName title active
                  accounts { source externalId role active }
                  teams { id name }
                  projectMemberships { role active project { id name } } } } }
            """,
            new Dictionary<string, object?>(),
            (b, ct) => b.DirectoryAsync(100, ct),
            7 + t.ZohoProjects,
            $"3 people lists + 2 team lists (Worksection user groups, v3 groups) + v3 roles (account roles) + the Zoho project list + one users call per Zoho project ({t.ZohoProjects}; Zoho has no call for several projects' users)",
            2, "Zoho project list, then the projects' users (their ids come from the list); everything else overlaps the first"),
        new(TeamRoster,
            "query($id: ID!) { team(id: $id) { id name kind members { id email displayName title } } }",
            new Dictionary<string, object?> { ["id"] = t.TeamId },
            (b, ct) => b.TeamRosterAsync(t.TeamTitle, ct),
            4, "the team's own group list (the id names its upstream: Worksection user groups) + the 3 people lists (members are merged people)",
            1, "the team id is known up front, so the group list and the people lists are independent"),
        new(DeepQuery,
            """
            query($id: ID!) { person(id: $id) { id displayName
                projects { id name members { role person { id displayName teams { id name } } } } } }
            """,
            new Dictionary<string, object?> { ["id"] = t.PersonId },
            (b, ct) => b.DeepAsync(t.PersonEmail, ct),
            6 + t.ZohoProjects,
            $"3 people lists + the Zoho project list + one users call per Zoho project ({t.ZohoProjects}; Zoho cannot say which projects a user is in) + 2 team lists",
            2, "Zoho project list, then the projects' users; people and team lists overlap the first"),
        new(MutationRoundTrip,
            """
            mutation($id: ID!) { updatePerson(input: { id: $id, title: "Head of Operations" }) { person { id title } errors { __typename } } }
            """,
            new Dictionary<string, object?> { ["id"] = t.PersonId },
            (b, ct) => b.UpdateTitleAsync(t.PersonEmail, "Head of Operations", ct),
            4, "the 3 people lists (the global id is an email: the v3 list gives the v3 id, and the answer is the merged person) + one People v3 PUT",
            2, "the lists, then the PUT (it needs the v3 id and the current record)"),
        // A supergraph router's entity batch (one _entities call with 100 Person representations by email) against
        // the same people asked for by a client of this graph alone; the gateway runs in subgraph mode.
        new(EntitiesByEmail,
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id email displayName title } } }",
            new Dictionary<string, object?> { ["representations"] = t.BatchEmails.Select(email => new { __typename = "Person", email }).ToList() },
            (b, ct) => b.PeopleByEmailAsync(t.BatchEmails, ct),
            3, PeopleListsWhy,
            1, "the three lists are independent"),
        new(PeopleEmailIn,
            "query($emails: [String!]!) { people(first: 100, where: { email: { in: $emails } }) { nodes { id email displayName title } } }",
            new Dictionary<string, object?> { ["emails"] = t.BatchEmails },
            (b, ct) => b.PeopleByEmailAsync(t.BatchEmails, ct),
            3, PeopleListsWhy,
            1, "the three lists are independent"),
    ];
}
