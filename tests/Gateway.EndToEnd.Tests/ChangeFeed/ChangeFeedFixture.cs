using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Graph.ChangeFeed;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>
/// The gateway on Kestrel (real HTTP, SSE and WebSockets) with the change feed polling every <see cref="PollInterval"/>.
/// Ready once the first poll has stored its baseline: changes made after that become events.
/// </summary>
public class ChangeFeedFixture : GatewayFixture, IAsyncLifetime
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Added to protocol deadlines ("within PollInterval + 1 s") when asserting them: the machine running the tests is
    /// shared and a poll (five upstream lists, merged) can take longer than on an idle one.
    /// </summary>
    public static readonly TimeSpan LoadSlack = TimeSpan.FromSeconds(2);

    public const string Subscription =
        "subscription($after: String, $where: PersonChangeEventFilterInput) { personChanged(after: $after, where: $where) { cursor eventId kind person { email title } changes { field oldValue newValue source } } }";

    protected override bool ListenOnLoopback => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["ChangeFeed:Enabled"] = "true",
        ["ChangeFeed:PollInterval"] = PollInterval.ToString("c"),
        ["ChangeFeed:KeepAliveInterval"] = "00:00:01",
    };

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WaitForBaselineAsync(Factory.Services);
        // One event in the log, so every test can start after a cursor; written through the gateway, so it does not wait
        // for a poll.
        var person = (await QueryAsync("{ people(first: 6, where: { accounts: { some: { source: { eq: PEOPLE_V3 } } } }) { nodes { id } } }"))
            .EnsureNoErrors().At("people.nodes.5.id").GetString();
        (await QueryAsync("mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { __typename } } }",
            new { input = new { id = person, title = "Warm-up " + Guid.NewGuid().ToString("N") } })).EnsureNoErrors();
        var deadline = Stopwatch.StartNew();
        while (await LatestCursorAsync(Client) is null)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException("The warm-up change did not reach the change log within 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>The cursor of the newest event in the log (paging through <c>changes</c>), or null when it is empty.</summary>
    public static async Task<string?> LatestCursorAsync(HttpClient client)
    {
        string? cursor = null;
        while (true)
        {
            var page = (await QueryAsync(client, "query($after: String) { changes(first: 50, after: $after) { pageInfo { hasNextPage endCursor } } }", new { after = cursor }))
                .EnsureNoErrors().At("changes.pageInfo");
            cursor = page.GetProperty("endCursor").GetString() ?? cursor;
            if (!page.GetProperty("hasNextPage").GetBoolean())
                return cursor;
        }
    }

    public static async Task WaitForBaselineAsync(IServiceProvider services)
    {
        var log = services.GetRequiredService<IChangeLog>();
        var deadline = Stopwatch.StartNew();
        while (await log.GetBaselineAsync(default) is null)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException("The change feed stored no baseline within 30 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Changes a People v3 person's title through the emulator's own API, as someone using People v3 directly would.</summary>
    public Task<string> ChangeTitleInPeopleV3Async(string newTitle) => ChangeTitleInPeopleV3Async(Emulators, newTitle);

    /// <summary>Deletes a People v3 record through the emulator's own API, as someone using People v3 directly would.</summary>
    public static async Task DeleteInPeopleV3Async(Gateway.Emulators.EmulatorHost emulators, string id)
    {
        using var http = PeopleV3Client(emulators);
        using var response = await http.DeleteAsync($"people/{id}");
        response.EnsureSuccessStatusCode();
    }

    private static HttpClient PeopleV3Client(Gateway.Emulators.EmulatorHost emulators)
    {
        var http = new HttpClient { BaseAddress = emulators.PeopleV3BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulators.Options.PeopleV3AccessToken);
        return http;
    }

    public static async Task<string> ChangeTitleInPeopleV3Async(Gateway.Emulators.EmulatorHost emulators, string newTitle, int index = 0)
    {
        using var http = PeopleV3Client(emulators);
        var people = await http.GetFromJsonAsync<JsonElement>("people");
        // The seed's conflicts include emails held by two records; a PUT of one of those is refused as taken.
        var person = people.EnumerateArray()
            .GroupBy(p => p.GetProperty("email").GetString()!.Trim().ToLowerInvariant())
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .ElementAt(index);
        var id = person.GetProperty("id").GetInt64();
        // The seed writes some emails with stray spaces or capitals (they merge all the same); the PUT validates them.
        var email = person.GetProperty("email").GetString()!.Trim();
        using var response = await http.PutAsJsonAsync($"people/{id}", new { email, title = newTitle });
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"PUT people/{id} ({email}) answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return email.Trim().ToLowerInvariant();
    }
}
