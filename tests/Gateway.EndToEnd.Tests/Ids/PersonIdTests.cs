using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Emulators;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Ids;

/// <summary>
/// Person ids carry no personal data, stay the same across instances and restarts with the same key, and change
/// exactly when docs/upstreams.md says: when the person's email changes (beyond letter case and spaces).
/// </summary>
public sealed class PersonIdTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IAsyncLifetime
{
    private const string Directory = """
        query($after: String) { people(first: 50, after: $after) {
            pageInfo { hasNextPage endCursor } nodes { id email firstName lastName accounts { source externalId email } } } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task WholeSeededDirectory_NoIdContainsTheEmailInAnyEncoding()
    {
        var people = await DirectoryAsync(gateway.Client);

        Assert.True(people.Count >= 50);
        foreach (var person in people)
        {
            var id = person.GetProperty("id").GetString()!;
            var emails = person.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("email").GetString()!)
                .Append(person.GetProperty("email").GetString()!)
                .SelectMany(e => new[] { e, e.Trim(), e.Trim().ToLowerInvariant() }).Distinct().ToList();
            foreach (var email in emails)
            {
                Assert.DoesNotContain(email, id, StringComparison.OrdinalIgnoreCase);
                foreach (var encoded in Encodings(email))
                    Assert.DoesNotContain(encoded, id, StringComparison.Ordinal);
            }

            // One level down as well: the id is base64 of "Person:<key>", the key base64url of 16 bytes of a keyed hash.
            var inner = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            Assert.StartsWith("Person:", inner, StringComparison.Ordinal);
            var key = inner["Person:".Length..];
            Assert.Equal(16, Base64Url.DecodeFromChars(key).Length);
            Assert.All(emails, email => Assert.DoesNotContain(email, inner, StringComparison.OrdinalIgnoreCase));
            Assert.All(emails, email => Assert.All(Encodings(email), encoded => Assert.DoesNotContain(encoded, inner, StringComparison.Ordinal)));
        }

        Assert.Equal(people.Count, people.Select(p => p.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task SameKey_IdsEqualAcrossInstancesAndRestarts_OtherKey_AllDiffer()
    {
        var first = IdsByEmail(await DirectoryAsync(gateway.Client));

        Dictionary<string, string> second, restarted, otherKey;
        await using (var replica = gateway.CreateInstance())
            second = IdsByEmail(await DirectoryAsync(replica.CreateClient()));
        await using (var restart = gateway.CreateInstance())
            restarted = IdsByEmail(await DirectoryAsync(restart.CreateClient()));
        await using (var rotated = gateway.CreateInstance(new Dictionary<string, string?> { ["Graph:Ids:Key"] = "another-person-id-key-0123456789abcdef" }))
            otherKey = IdsByEmail(await DirectoryAsync(rotated.CreateClient()));

        Assert.Equal(first, second);
        Assert.Equal(first, restarted);
        Assert.Equal(first.Keys.Order(), otherKey.Keys.Order());
        Assert.All(first, pair => Assert.NotEqual(pair.Value, otherKey[pair.Key]));
    }

    [Fact]
    public async Task PersonGainingAnAccountInAnotherSystem_KeepsTheId()
    {
        var person = (await DirectoryAsync(gateway.Client)).First(p => !Sources(p).Contains("ZOHO_PROJECTS"));
        var email = person.GetProperty("email").GetString()!;
        var project = await gateway.QueryAsync("{ projects(first: 1, where: { source: { eq: ZOHO_PROJECTS } }) { nodes { id } } }");

        var added = await gateway.QueryAsync(
            "mutation($project: ID!, $email: String!) { addProjectMembers(input: { projectId: $project, emails: [$email] }) { errors { __typename } } }",
            new { project = project.EnsureNoErrors().At("projects.nodes.0.id").GetString(), email });
        var after = await gateway.QueryAsync("query($email: String!) { personByEmail(email: $email) { id accounts { source } } }", new { email });

        Assert.Equal(JsonValueKind.Null, added.EnsureNoErrors().At("addProjectMembers.errors").ValueKind);
        Assert.Contains("ZOHO_PROJECTS", after.At("personByEmail.accounts").EnumerateArray().Select(a => a.GetProperty("source").GetString()));
        Assert.Equal(person.GetProperty("id").GetString(), after.At("personByEmail.id").GetString());
    }

    [Fact]
    public async Task NameOrTitleChange_KeepsTheId_EmailLetterCaseAndSpacesDoNotMatter()
    {
        var person = (await DirectoryAsync(gateway.Client)).First(p => Sources(p).Contains("PEOPLE_V3"));
        var id = person.GetProperty("id").GetString()!;

        var updated = await gateway.QueryAsync(
            """mutation($id: ID!) { updatePerson(input: { id: $id, firstName: "Renamed", title: "New title" }) { person { id firstName } errors { __typename } } }""",
            new { id });
        var byOddEmail = await gateway.QueryAsync("query($email: String!) { personByEmail(email: $email) { id } }",
            new { email = "  " + person.GetProperty("email").GetString()!.ToUpperInvariant() + " " });

        Assert.Equal("Renamed", updated.EnsureNoErrors().At("updatePerson.person.firstName").GetString());
        Assert.Equal(id, updated.At("updatePerson.person.id").GetString());
        Assert.Equal(id, byOddEmail.EnsureNoErrors().At("personByEmail.id").GetString());
    }

    [Fact]
    public async Task EmailChange_ChangesTheId_TheOldIdFindsNobody()
    {
        var person = (await DirectoryAsync(gateway.Client)).First(p => Sources(p).SequenceEqual(["PEOPLE_V3"]));
        var oldId = person.GetProperty("id").GetString()!;
        var newEmail = "renamed." + person.GetProperty("email").GetString();

        await ChangePeopleV3EmailAsync(person.GetProperty("accounts")[0].GetProperty("externalId").GetString()!, person, newEmail);
        var response = await gateway.QueryAsync(
            "query($old: ID!, $email: String!) { person(id: $old) { id } personByEmail(email: $email) { id } }", new { old = oldId, email = newEmail });

        response.EnsureNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("person").ValueKind);
        Assert.NotEqual(oldId, response.At("personByEmail.id").GetString());
    }

    [Fact]
    public async Task NodeAndPersonById_ResolveThroughTheMergedDirectory_ThreeCallsInAll()
    {
        var ids = (await DirectoryAsync(gateway.Client)).Take(3).Select(p => p.GetProperty("id").GetString()).ToList();
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync(
            "query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { id ... on Person { email } } person(id: $one) { id } }",
            new { ids, one = ids[0] });
        var stats = await gateway.Control.GetStatsAsync();

        response.EnsureNoErrors();
        Assert.Equal(ids, response.At("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(ids[0], response.At("person.id").GetString());
        Assert.Equal(3, stats.Total);
        Assert.Equal(1, stats.Count(EmulatorUpstreams.Zoho, "GET /portal/{portalId}/users/"));
    }

    private static IEnumerable<string> Encodings(string email)
    {
        var bytes = Encoding.UTF8.GetBytes(email);
        yield return Convert.ToHexString(bytes);
        yield return Convert.ToHexStringLower(bytes);
        // Base64 at each of the three byte alignments, without the edge characters that depend on neighbours.
        for (var shift = 0; shift < 3; shift++)
        {
            var shifted = new byte[shift].Concat(bytes).ToArray();
            var standard = Convert.ToBase64String(shifted).TrimEnd('=');
            var stable = standard[(shift == 0 ? 0 : 4)..(standard.Length - 4)];
            yield return stable;
            yield return stable.Replace('+', '-').Replace('/', '_');
        }
    }

    private static List<string?> Sources(JsonElement person) =>
        person.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("source").GetString()).ToList();

    private static Dictionary<string, string> IdsByEmail(List<JsonElement> people) =>
        people.ToDictionary(p => p.GetProperty("email").GetString()!, p => p.GetProperty("id").GetString()!);

    // The whole directory, page after page.
    private static async Task<List<JsonElement>> DirectoryAsync(HttpClient client)
    {
        var people = new List<JsonElement>();
        string? after = null;
        do
        {
            var response = (await GatewayFixture.QueryAsync(client, Directory, new { after })).EnsureNoErrors();
            people.AddRange(response.At("people.nodes").EnumerateArray());
            after = response.At("people.pageInfo.hasNextPage").GetBoolean() ? response.At("people.pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);
        return people;
    }

    // Someone changes the email in People v3 itself (the graph has no email change).
    private async Task ChangePeopleV3EmailAsync(string v3Id, JsonElement person, string newEmail)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(gateway.Emulators.PeopleV3BaseUrl, $"people/{v3Id}"))
        {
            Content = JsonContent.Create(new
            {
                first_name = person.GetProperty("firstName").GetString(),
                last_name = person.GetProperty("lastName").GetString(),
                email = newEmail,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Emulators.Options.PeopleV3AccessToken);
        using var answer = await http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
    }
}
