using Gateway.Emulators.Faults;
using Gateway.Emulators.Seeding;
using Gateway.EndToEnd.Tests.Mutations;
using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Conflicts;

/// <summary>resolvePersonConflict on the seeded conflicts: what it writes, what it cannot, and what a second run does.</summary>
public sealed class ConflictResolutionTests(MutationFixture gateway) : IClassFixture<MutationFixture>, IAsyncLifetime
{
    private const string Leaver = "elena.martinez@zillum.com";
    private const string Renamed = "isla.haddad@zillum.com";
    private const string Rehired = "zara.okafor@zillum.com";

    private const string Resolve = $$"""
        mutation($input: ResolvePersonConflictInput!) { resolvePersonConflict(input: $input) {
            person { email conflicts { kind field } } {{CrossSystemAssertions.Results}} {{MutationFixture.ErrorSelection}} } }
        """;

    public Task InitializeAsync() => gateway.Control.ResetAsync(data: true);

    public Task DisposeAsync() => gateway.Control.ResetAsync(data: true);

    [Fact]
    public async Task OffboardingLeak_ZohoDeactivated_ConflictGone_SecondRunAlreadyDoneWithoutWriting()
    {
        var input = new { input = new { email = Leaver, field = "ACTIVE", value = "false", systems = new[] { "ZOHO_PROJECTS" } } };

        var first = (await gateway.QueryAsync(Resolve, input)).EnsureNoErrors();

        Assert.Equal(["ZOHO_PROJECTS:DONE"], CrossSystemAssertions.Statuses(first, "resolvePersonConflict"));
        Assert.Equal(0, first.At("resolvePersonConflict.person.conflicts").GetArrayLength());
        Assert.Equal(1, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
        Assert.Empty(await ConflictsOfAsync(Leaver));
        await gateway.Control.ResetAsync();

        var second = (await gateway.QueryAsync(Resolve, input)).EnsureNoErrors();

        Assert.Equal(["ZOHO_PROJECTS:ALREADY_DONE"], CrossSystemAssertions.Statuses(second, "resolvePersonConflict"));
        Assert.Equal(0, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
    }

    [Fact]
    public async Task ActiveWithoutValue_TakesThePersonsState_OnlyTheChosenSystemIsWritten()
    {
        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = Leaver, field = "ACTIVE", systems = new[] { "ZOHO_PROJECTS", "PEOPLE_V3" } } })).EnsureNoErrors();

        // People v3 suspended them already (that is the person's state); Zoho follows.
        Assert.Equal(["ZOHO_PROJECTS:DONE", "PEOPLE_V3:ALREADY_DONE"], CrossSystemAssertions.Statuses(response, "resolvePersonConflict"));
        Assert.Equal(0, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Update));
    }

    [Fact]
    public async Task InactiveInZohoOnly_ReactivatedThere_ConflictGone()
    {
        const string reactivated = "aisha.stone@zillum.com";

        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = reactivated, field = "ACTIVE", value = "true", systems = new[] { "ZOHO_PROJECTS" } } })).EnsureNoErrors();

        // Still at work in Worksection, so the Zoho Projects seat is switched back on.
        Assert.Equal(["ZOHO_PROJECTS:DONE"], CrossSystemAssertions.Statuses(response, "resolvePersonConflict"));
        Assert.Equal(1, await gateway.CallsAsync("zoho", WriteOperations.ZohoActivate));
        Assert.Empty(await ConflictsOfAsync(reactivated));
    }

    [Fact]
    public async Task Title_WrittenToPeopleV3_WorksectionAlreadyHoldsIt_ConflictGone_ThenAlreadyDone()
    {
        var input = new { input = new { email = EmulatorSeed.AnchorEmail, field = "TITLE", value = EmulatorSeed.AnchorWorksectionTitle, systems = new[] { "WORKSECTION", "PEOPLE_V3" } } };

        var first = (await gateway.QueryAsync(Resolve, input)).EnsureNoErrors();

        Assert.Equal(["WORKSECTION:ALREADY_DONE", "PEOPLE_V3:DONE"], CrossSystemAssertions.Statuses(first, "resolvePersonConflict"));
        Assert.Empty(await ConflictsOfAsync(EmulatorSeed.AnchorEmail));
        await gateway.Control.ResetAsync();

        var second = (await gateway.QueryAsync(Resolve, input)).EnsureNoErrors();

        Assert.Equal(["WORKSECTION:ALREADY_DONE", "PEOPLE_V3:ALREADY_DONE"], CrossSystemAssertions.Statuses(second, "resolvePersonConflict"));
        Assert.Equal(0, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Update));
    }

    [Fact]
    public async Task PeopleV3Fails_FailedWithTheUpstreamError_ConflictStays_NotRetried()
    {
        await gateway.Control.SetFaultAsync("peoplev3", new FaultSettings { FailFirst = 1, Operations = [WriteOperations.PeopleV3Update] });

        var response = (await gateway.QueryAsync(Resolve, new
        {
            input = new { email = EmulatorSeed.AnchorEmail, field = "TITLE", value = EmulatorSeed.AnchorWorksectionTitle, systems = new[] { "WORKSECTION", "PEOPLE_V3" } },
        })).EnsureNoErrors();

        Assert.Equal(["WORKSECTION:ALREADY_DONE", "PEOPLE_V3:FAILED"], CrossSystemAssertions.Statuses(response, "resolvePersonConflict"));
        Assert.Equal("UPSTREAM_UNAVAILABLE", response.At("resolvePersonConflict.results.1.error.code").GetString());
        Assert.Contains("People v3 refused the change", response.At("resolvePersonConflict.results.1.reason").GetString());
        Assert.Equal(1, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Update));
        Assert.Equal(["VALUE_MISMATCH TITLE"], await ConflictsOfAsync(EmulatorSeed.AnchorEmail));
    }

    [Fact]
    public async Task NameHeldByZoho_NotSupportedWithTheReason_NoCall()
    {
        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = Renamed, field = "LAST_NAME", value = "Haddad", systems = new[] { "ZOHO_PROJECTS", "WORKSECTION" } } })).EnsureNoErrors();

        Assert.Equal(["ZOHO_PROJECTS:NOT_SUPPORTED", "WORKSECTION:ALREADY_DONE"], CrossSystemAssertions.Statuses(response, "resolvePersonConflict"));
        Assert.Contains("changes only a portal user's state", response.At("resolvePersonConflict.results.0.reason").GetString());
        Assert.Equal(3, await gateway.TotalCallsAsync());
        Assert.Equal(["VALUE_MISMATCH LAST_NAME"], await ConflictsOfAsync(Renamed));
    }

    [Fact]
    public async Task DuplicatePeopleV3Records_TheUpstreamRefusesTheWrite_AndThePayloadSaysWhy()
    {
        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = Rehired, field = "LANGUAGE", value = "es", systems = new[] { "PEOPLE_V3" } } })).EnsureNoErrors();

        // Two records hold the email, so People v3 refuses to save either under it: the duplicate must go first.
        Assert.Equal(["PEOPLE_V3:FAILED"], CrossSystemAssertions.Statuses(response, "resolvePersonConflict"));
        Assert.Equal(1, await gateway.CallsAsync("peoplev3", WriteOperations.PeopleV3Update));
        Assert.Contains("VALUE_MISMATCH LANGUAGE", await ConflictsOfAsync(Rehired));
    }

    [Fact]
    public async Task TimeZone_PeopleV3CannotWriteIt_NotSupported()
    {
        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = Rehired, field = "TIMEZONE_OFFSET_HOURS", value = "2", systems = new[] { "PEOPLE_V3" } } })).EnsureNoErrors();

        Assert.Equal(["PEOPLE_V3:NOT_SUPPORTED"], CrossSystemAssertions.Statuses(response, "resolvePersonConflict"));
        Assert.Contains("does not write the time zone", response.At("resolvePersonConflict.results.0.reason").GetString());
    }

    [Theory]
    [InlineData("ACTIVE", "maybe", "InvalidValueError")]
    [InlineData("TITLE", null, "RequiredFieldError")]
    [InlineData("EMAIL", "elena.martinez@zillum.com", "InvalidValueError")]
    public async Task BadInput_TypedError_NoUpstreamCall(string field, string? value, string error)
    {
        var systems = value is null ? Array.Empty<string>() : ["ZOHO_PROJECTS"];

        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = Leaver, field, value, systems } })).EnsureNoErrors();

        Assert.Equal([error], MutationFixture.ErrorTypes(response, "resolvePersonConflict"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    [Fact]
    public async Task ValueLongerThanTheLimit_InvalidValueError_NoUpstreamCall()
    {
        var response = (await gateway.QueryAsync(Resolve, new { input = new { email = Leaver, field = "TITLE", value = new string('x', 201), systems = new[] { "PEOPLE_V3" } } })).EnsureNoErrors();

        Assert.Equal(["InvalidValueError"], MutationFixture.ErrorTypes(response, "resolvePersonConflict"));
        Assert.Equal(0, await gateway.TotalCallsAsync());
    }

    private async Task<IReadOnlyList<string>> ConflictsOfAsync(string email)
    {
        var response = (await gateway.QueryAsync($$"""{ personByEmail(email: "{{email}}") { conflicts { kind field } } }""")).EnsureNoErrors();
        return response.At("personByEmail.conflicts").EnumerateArray()
            .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("field").GetString()}").ToList();
    }
}
