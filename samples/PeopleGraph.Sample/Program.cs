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
    Console.WriteLine($"{upstream.Source,-14} reachable={upstream.Reachable} {upstream.ErrorCode}" +
        (upstream.SeatsAvailable is { } seats ? $" seats available={seats}" : ""));

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
    : $"\n{found.DisplayName} ({found.Initials}, {found.ProfileColor}) <{found.Email}>, {found.Title ?? "no title"}, UTC{found.UtcOffset}, " +
      $"updated {found.UpdatedAt:yyyy-MM-dd}, " +
      $"accounts: {string.Join(", ", found.Accounts.Select(a => $"{a.Source}:{a.ExternalId}"))}, teams: {string.Join(", ", found.Teams.Select(t => t.Name))}");

// The values createPerson accepts for roleId and language.
var choices = await client.GetPeopleV3Choices.ExecuteAsync();
choices.EnsureNoErrors();
Console.WriteLine($"\nPeople v3 roles: {string.Join(", ", choices.Data!.PeopleV3Roles.Select(r => $"{r.Name} ({r.Id})"))}; " +
    $"languages: {string.Join(", ", choices.Data.PeopleV3Languages.Select(l => l.Code))}");

// A mutation's errors are typed: "owner" is not a role an invitation may grant, so nothing is written.
var invite = await client.InviteUser.ExecuteAsync(new InviteUserInput { Email = "new.hire@zillum.com", Role = "owner" });
invite.EnsureNoErrors();
foreach (var error in invite.Data!.InviteUser.Errors ?? [])
{
    Console.WriteLine(error is IInviteUser_InviteUser_Errors_RoleNotAllowedError roleError
        ? $"\ninviteUser refused role '{roleError.Role}'; allowed: {string.Join(", ", roleError.AllowedRoles)}"
        : $"\ninviteUser: {error.__typename}");
}
