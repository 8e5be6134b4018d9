using Microsoft.Extensions.DependencyInjection;
using PeopleGraph.Client;

// Usage: dotnet run --project samples/PeopleGraph.Sample -- http://localhost:5000/graphql
var endpoint = new Uri(args.Length > 0 ? args[0] : "http://localhost:5000/graphql");
var services = new ServiceCollection();
services.AddPeopleGraphClient().ConfigureHttpClient(c => c.BaseAddress = endpoint);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IPeopleGraphClient>();

var upstreams = await client.GetUpstreams.ExecuteAsync();
upstreams.EnsureNoErrors();
foreach (var upstream in upstreams.Data!.Upstreams)
    Console.WriteLine($"{upstream.Source,-14} reachable={upstream.Reachable} {upstream.ErrorCode}");

var where = new PersonFilterInput { Email = new StringOperationFilterInput { EndsWith = "@zillum.com" } };
var people = await client.GetPeople.ExecuteAsync(where, 5, null);
people.EnsureNoErrors();
Console.WriteLine($"\n{people.Data!.People!.TotalCount} people at zillum.com, first {people.Data.People.Nodes!.Count}:");
foreach (var person in people.Data.People.Nodes)
    Console.WriteLine($"  {person.Email,-36} {person.DisplayName} [{string.Join(", ", person.Accounts.Select(a => a.Source))}]");

var result = await client.GetPerson.ExecuteAsync("patricia.boyle@zillum.com");
if (result.Errors.Count > 0)
{
    foreach (var error in result.Errors) Console.WriteLine($"error {error.Code}: {error.Message}");
}

var found = result.Data?.PersonByEmail;
Console.WriteLine(found is null
    ? "\nNo such person."
    : $"\n{found.DisplayName} <{found.Email}>, {found.Title ?? "no title"}, UTC{found.TimezoneOffsetHours:+0;-0;+0}, " +
      $"accounts: {string.Join(", ", found.Accounts.Select(a => $"{a.Source}:{a.ExternalId}"))}, teams: {string.Join(", ", found.Teams.Select(t => t.Name))}");
