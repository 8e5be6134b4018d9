using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Bench.Baseline;

namespace Gateway.Bench.Scenarios;

/// <summary>The ids the scenarios ask for, read from the running gateway and emulators once per data set.</summary>
/// <param name="PersonEmail">The anchor person, present in all three upstreams.</param>
/// <param name="PersonId">Their global id.</param>
/// <param name="TeamId">A Worksection team's global id.</param>
/// <param name="TeamTitle">That team's title.</param>
/// <param name="ZohoProjects">How many Zoho projects exist.</param>
/// <param name="ZohoUserPages">Pages (calls) of the Zoho portal user list: Zoho sends at most 200 records a page and a
/// list ends at its first short page.</param>
/// <param name="ZohoProjectPages">Pages of the Zoho project list.</param>
/// <param name="ZohoMemberPages">Pages of all Zoho projects' user lists together (at least one per project).</param>
/// <param name="BatchEmails">The first <see cref="BatchSize"/> people's emails, for the entity-batch scenarios.</param>
public sealed record BenchTargets(
    string PersonEmail, string PersonId, string TeamId, string TeamTitle, int ZohoProjects, int ZohoUserPages, int ZohoProjectPages, int ZohoMemberPages,
    IReadOnlyList<string> BatchEmails)
{
    public const int BatchSize = 100;

    public const string AnchorEmail = "patricia.boyle@zillum.com";

    public static async Task<BenchTargets> ReadAsync(HttpClient gateway, Uri endpoint, DirectClient direct, CancellationToken ct)
    {
        var data = await QueryAsync(gateway, endpoint,
            "query($email: String!) { personByEmail(email: $email) { id teams { id name source } } }",
            new Dictionary<string, object?> { ["email"] = AnchorEmail }, ct);
        var person = data.GetProperty("personByEmail");
        var team = person.GetProperty("teams").EnumerateArray().First(t => t.GetProperty("source").GetString() == "WORKSECTION");
        var batch = await QueryAsync(gateway, endpoint, $"{{ people(first: {BatchSize}) {{ nodes {{ email }} }} }}", new Dictionary<string, object?>(), ct);
        var emails = batch.GetProperty("people").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("email").GetString()!).ToList();
        using var users = await direct.ZohoUsersAsync(ct);
        using var projects = await direct.ZohoProjectsWithUsersAsync(ct);
        return new BenchTargets(AnchorEmail, person.GetProperty("id").GetString()!, team.GetProperty("id").GetString()!,
            team.GetProperty("name").GetString()!.Trim(), projects.List.Count, Pages(users.Count), Pages(projects.List.Count),
            projects.Users.Sum(members => Pages(members.Count)), emails);
    }

    /// <summary>Calls to read a Zoho list of <paramref name="records"/>: full pages, then the short (maybe empty) one that ends it.</summary>
    public static int Pages(int records) => records / ZohoPages.PageSize + 1;

    private static async Task<JsonElement> QueryAsync(HttpClient http, Uri endpoint, string query, IReadOnlyDictionary<string, object?> variables, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(endpoint, new { query, variables }, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"Set-up query failed: {errors}");
        return body.GetProperty("data");
    }
}
