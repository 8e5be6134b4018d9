using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;

namespace Gateway.EndToEnd.Tests.Mutations;

public sealed class PeopleV3MutationTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    // The seeded People v3 "Member" role (PeopleV3Seed.MemberRole, internal to the emulators).
    private const long MemberRole = 90391275;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task UpdatePerson_NothingToChange_RefusedWithoutAnyUpstreamCall()
    {
        var id = (await gateway.QueryAsync($$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { id } }""")).EnsureNoErrors()
            .At("personByEmail.id").GetString();
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("""
            mutation($id: ID!) { updatePerson(input: { id: $id, title: null }) { person { id } errors { __typename ... on RequiredFieldError { field message } } } }
            """, new { id });

        var error = Assert.Single(response.EnsureNoErrors().At("updatePerson.errors").EnumerateArray());
        Assert.Equal("RequiredFieldError", error.GetProperty("__typename").GetString());
        Assert.Contains("`suspended`", error.GetProperty("message").GetString());
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task CreatePerson_ThenUpdate_ThenDelete_EachVisibleRightAfter()
    {
        var created = (await gateway.QueryAsync($$"""
            mutation { createPerson(input: { email: "lea.roux@example.com", firstName: "Léa", roleId: "{{MemberRole}}", language: "fr" }) {
                person { id firstName language accounts { source } } errors { __typename } } }
            """)).EnsureNoErrors();
        Assert.Equal("Léa", created.At("createPerson.person.firstName").GetString());
        Assert.Equal("fr", created.At("createPerson.person.language").GetString());
        var id = created.At("createPerson.person.id").GetString();

        var updated = (await gateway.QueryAsync("""
            mutation($id: ID!) { updatePerson(input: { id: $id, title: "Designer", suspended: true }) { person { title suspended } errors { __typename } } }
            """, new { id })).EnsureNoErrors();
        Assert.Equal("Designer", updated.At("updatePerson.person.title").GetString());
        Assert.True(updated.At("updatePerson.person.suspended").GetBoolean());
        var later = (await gateway.QueryAsync("query($id: ID!) { person(id: $id) { title } }", new { id })).EnsureNoErrors();
        Assert.Equal("Designer", later.At("person.title").GetString());

        var deleted = (await gateway.QueryAsync("mutation($id: ID!) { deletePerson(input: { id: $id }) { deletedPersonId errors { __typename } } }", new { id })).EnsureNoErrors();
        Assert.Equal(id, deleted.At("deletePerson.deletedPersonId").GetString());
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync("lea.roux@example.com"));
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(1, stats.Count("peoplev3", WriteOperations.PeopleV3Create));
        Assert.Equal(1, stats.Count("peoplev3", WriteOperations.PeopleV3Update));
        Assert.Equal(1, stats.Count("peoplev3", WriteOperations.PeopleV3Delete));
    }

    [Fact]
    public async Task UpdatePerson_PayloadAndLaterFields_SeeTheChange_FromFourCalls()
    {
        var id = (await gateway.QueryAsync($$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { id } }""")).At("personByEmail.id").GetString();
        await gateway.Control.ResetAsync();

        var response = (await gateway.QueryAsync("""
            mutation($id: ID!) {
              first: updatePerson(input: { id: $id, title: "Head of Cartography" }) { person { title accounts { source } } errors { __typename } }
              second: updatePerson(input: { id: $id, firstName: "Ada" }) { person { firstName title } errors { __typename } } }
            """, new { id })).EnsureNoErrors();

        Assert.Equal("Head of Cartography", response.At("first.person.title").GetString());
        Assert.Equal(3, response.At("first.person.accounts").GetArrayLength());
        Assert.Equal("Ada", response.At("second.person.firstName").GetString());
        Assert.Equal("Head of Cartography", response.At("second.person.title").GetString());
        // The three people lists once, then the two PUTs: each write's answer is patched into the request's v3 list.
        var stats = await gateway.Control.GetStatsAsync();
        Assert.Equal(2, stats.Count("peoplev3", WriteOperations.PeopleV3Update));
        Assert.Equal(1, stats.Count("peoplev3", "GET /v3/people"));
        Assert.Equal(5, stats.Total);
        var later = (await gateway.QueryAsync("query($id: ID!) { person(id: $id) { firstName title } }", new { id })).EnsureNoErrors();
        Assert.Equal("Ada", later.At("person.firstName").GetString());
        Assert.Equal("Head of Cartography", later.At("person.title").GetString());
    }

    [Theory]
    [InlineData("lea@example", null, "InvalidEmailError")]
    [InlineData("lea@example.com", "admin", "InvalidIdError")]
    public async Task CreatePerson_InvalidInput_NoCall(string email, string? roleId, string error)
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { __typename } } }",
            new { input = new { email, roleId } });

        Assert.Equal([error], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "createPerson"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task CreatePerson_ExistingEmail_DuplicateEmailError_NoWrite()
    {
        var response = await gateway.QueryAsync($$"""mutation { createPerson(input: { email: "{{EmulatorSeed.AnchorEmail}}" }) { errors { __typename ... on DuplicateEmailError { system } } } }""");

        Assert.Equal("PEOPLE_V3", response.EnsureNoErrors().At("createPerson.errors.0.system").GetString());
        Assert.Equal(0, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Create));
    }

    [Fact]
    public async Task CreatePerson_FailsOnce_UpstreamError_ExactlyOneCall_NoRecord()
    {
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.PeopleV3Create] });

        var response = await gateway.QueryAsync($$"""mutation { createPerson(input: { email: "x@example.com" }) { person { id } {{MutationFixture.ErrorSelection}} } }""");

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.EnsureNoErrors().At("createPerson.errors.0.code").GetString());
        Assert.Equal(1, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Create));
        Assert.Equal((0, 0, 0), await gateway.RecordsAsync("x@example.com"));
    }

    [Fact]
    public async Task UpdatePerson_NotAPersonId_InvalidIdError_NoCall()
    {
        await gateway.Control.ResetAsync();

        var response = await gateway.QueryAsync("""mutation { updatePerson(input: { id: "garbage", title: "Cartographer" }) { errors { __typename } } }""");

        Assert.Equal(["InvalidIdError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "updatePerson"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task DeletePerson_NoPeopleV3Record_UnknownPersonError_NoWrite()
    {
        var invited = (await gateway.QueryAsync("""mutation { inviteUser(input: { email: "ws.only@example.com" }) { person { id } } }""")).EnsureNoErrors();
        var id = invited.At("inviteUser.person.id").GetString();

        var response = await gateway.QueryAsync("mutation($id: ID!) { deletePerson(input: { id: $id }) { deletedPersonId errors { __typename } } }", new { id });

        Assert.Equal(["UnknownPersonError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "deletePerson"));
        Assert.Equal(0, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Delete));
    }

    [Fact]
    public async Task DeletePerson_FailsOnce_UpstreamError_ExactlyOneCall_RecordKept()
    {
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.PeopleV3Delete] });
        var anchor = (await gateway.QueryAsync($$"""{ personByEmail(email: "{{EmulatorSeed.AnchorEmail}}") { id } }""")).EnsureNoErrors();

        var response = await gateway.QueryAsync("mutation($id: ID!) { deletePerson(input: { id: $id }) { deletedPersonId errors { __typename } } }",
            new { id = anchor.At("personByEmail.id").GetString() });

        Assert.Equal(["UpstreamError"], MutationFixture.ErrorTypes(response.EnsureNoErrors(), "deletePerson"));
        Assert.Equal(1, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Delete));
        Assert.Equal((1, 1, 1), await gateway.RecordsAsync(EmulatorSeed.AnchorEmail));
    }
}
