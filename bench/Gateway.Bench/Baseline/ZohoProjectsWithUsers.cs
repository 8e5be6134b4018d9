using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>The Zoho project list and, in the same order, each project's user list.</summary>
public sealed record ZohoProjectsWithUsers(ZohoPages Projects, IReadOnlyList<JsonElement> List, ZohoPages[] Users) : IDisposable
{
    public IEnumerable<(JsonElement Project, JsonElement User)> Memberships =>
        List.Zip(Users).SelectMany(pair => pair.Second.Items.Select(user => (pair.First, user)));

    public void Dispose()
    {
        Projects.Dispose();
        foreach (var users in Users) users.Dispose();
    }
}
