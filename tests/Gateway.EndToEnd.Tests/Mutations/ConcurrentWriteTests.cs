using Gateway.Emulators.Faults;
using Gateway.Graph.Mutations;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.EndToEnd.Tests.Mutations;

/// <summary>Concurrent writes to one target run one after the other within an instance, so the upstream sees one write.</summary>
public sealed class ConcurrentWriteTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task TenParallelInvitesOfOneEmail_OneAddUser_NineDuplicateEmailErrors()
    {
        // Slow enough that, unserialized, every request reads "no such user" before the first write lands.
        await gateway.Control.SetFaultAsync("worksection", new FaultSettings { LatencyMs = 300, Operations = [WriteOperations.WorksectionAddUser] });

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => gateway.QueryAsync("""
            mutation($input: InviteUserInput!) { inviteUser(input: $input) { person { email } errors { __typename } } }
            """, new { input = new { email = i % 2 == 0 ? "Twin.Race@Example.com" : " twin.race@example.com " } })));

        var outcomes = responses.Select(r => MutationFixture.ErrorTypes(r.EnsureNoErrors(), "inviteUser") switch
        {
            [] => "invited",
            [var error] => error,
            var errors => string.Join("+", errors),
        }).ToList();
        Assert.Equal(1, outcomes.Count(o => o == "invited"));
        Assert.Equal(9, outcomes.Count(o => o == "DuplicateEmailError"));
        Assert.Equal(1, await gateway.CallsAsync("worksection", WriteOperations.WorksectionAddUser));
        Assert.Equal((1, 0, 0), await gateway.RecordsAsync("twin.race@example.com"));
        Assert.Equal(0, gateway.Factory.Services.GetRequiredService<IWriteTargetLock>() is InProcessWriteTargetLock l ? l.TargetsInUse : -1);
    }

    [Fact]
    public async Task ParallelUpdatesOfOnePerson_EachApplied_OneAfterTheOther()
    {
        var id = (await gateway.QueryAsync("""mutation { createPerson(input: { email: "queue.me@example.com" }) { person { id } } }"""))
            .EnsureNoErrors().At("createPerson.person.id").GetString();
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { LatencyMs = 100, Operations = [WriteOperations.PeopleV3Update] });

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => gateway.QueryAsync("""
            mutation($id: ID!, $title: String) { updatePerson(input: { id: $id, title: $title }) { person { title } errors { __typename } } }
            """, new { id, title = $"Title {i}" })));

        Assert.All(responses, r => Assert.Empty(MutationFixture.ErrorTypes(r.EnsureNoErrors(), "updatePerson")));
        Assert.Equal(4, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Update));
    }
}
