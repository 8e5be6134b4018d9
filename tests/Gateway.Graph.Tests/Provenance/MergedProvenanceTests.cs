using Gateway.Graph.People;
using Gateway.Graph.Provenance;
using Gateway.Graph.Sources;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Graph.Sources.Worksection;
using Gateway.Graph.Sources.ZohoProjects;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Tests.Provenance;

/// <summary>The merger and provenance together, as the directory builds them: configured policies, duplicates, normalisation.</summary>
public sealed class MergedProvenanceTests
{
    private static readonly DateTimeOffset Older = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Newer = Older.AddDays(30);

    [Fact]
    public void DefaultPolicy_FirstListedPeopleV3RecordGivesTheLanguage()
    {
        var person = Merge([], [V3(1, "zara@example.com", "de", 1, Older), V3(2, " zara@example.com ", "es", 2, Newer)]);

        Assert.Equal("de", person.Language);
        var provenance = person.Provenance.Of(PersonField.Language);
        Assert.Equal(MergePolicyKind.OrderedSources, provenance.Policy.Kind);
        Assert.Equal("1", provenance.Chosen?.ExternalId);
    }

    [Fact]
    public void MostRecentlyUpdated_FromConfiguration_TheNewerRecordGivesTheField_AndProvenanceSaysWhy()
    {
        var person = Merge([], [V3(1, "zara@example.com", "de", 1, Older), V3(2, " zara@example.com ", "es", 2, Newer)],
            new() { ["Graph:Merge:Policy:language"] = "MostRecentlyUpdated", ["Graph:Merge:Policy:timezoneOffsetHours"] = "MostRecentlyUpdated" });

        Assert.Equal(("es", 2m), (person.Language, person.TimezoneOffsetHours));
        var provenance = person.Provenance.Of(PersonField.Language);
        Assert.Equal(MergePolicyKind.MostRecentlyUpdated, provenance.Policy.Kind);
        Assert.Equal(("2", "es", (DateTimeOffset?)Newer), (provenance.Chosen?.ExternalId, provenance.Chosen?.Value, provenance.Chosen?.UpdatedAt));
        // The records still disagree: the policy picks one, the conflict stays visible.
        Assert.Contains(person.Provenance.Conflicts, c => c is { Kind: ConflictKind.ValueMismatch, Field: PersonField.Language });
    }

    [Fact]
    public void MostRecentlyUpdated_RecordsWithoutATimestampFollowInPrecedenceOrder()
    {
        var person = Merge([Ws("7", "grace@example.com", "Rear Admiral")], [V3(3, "grace@example.com", "en", 0, updatedAt: null, title: "Computer Scientist")],
            new() { ["Graph:Merge:Policy:title"] = "MostRecentlyUpdated" });

        // No record carries a change time: People v3 still leads, as the title's precedence says.
        Assert.Equal("Computer Scientist", person.Title);
    }

    [Fact]
    public void UnknownPolicyField_FailsNamingIt()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Services(new() { ["Graph:Merge:Policy:nickname"] = "MostRecentlyUpdated" }).GetRequiredService<PersonMerger>());

        Assert.Contains("nickname", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredPrecedence_IsThePolicyProvenanceReports()
    {
        var person = Merge([Ws("7", "grace@example.com", "Rear Admiral")], [V3(3, "grace@example.com", "en", 0, Older, title: "Computer Scientist")],
            new() { ["Graph:Merge:Precedence:title:0"] = "worksection" });

        var provenance = person.Provenance.Of(PersonField.Title);
        Assert.Equal(["worksection", "zoho", "peoplev3"], provenance.Policy.Sources.Select(s => s.Code));
        Assert.Equal(("Rear Admiral", "7"), (provenance.Value, provenance.Chosen?.ExternalId));
    }

    [Fact]
    public void TwoWorksectionAccountsWithOneEmail_BothKept_OneDuplicateConflict_NoEmailMismatch()
    {
        var person = Merge([Ws("1", "amelia@example.com", "QA"), Ws("2", "Amelia@Example.com ", "QA")], []);

        Assert.Equal(["1", "2"], person.Accounts.Select(a => a.ExternalId));
        var conflict = Assert.Single(person.Provenance.Conflicts);
        Assert.Equal((ConflictKind.DuplicateAccount, "worksection"), (conflict.Kind, conflict.System?.Code));
        Assert.Equal(["amelia@example.com", "Amelia@Example.com "], conflict.Values.Select(v => v.Value));
    }

    [Fact]
    public void SuspendedInPeopleV3_ActiveInZoho_ActiveMismatch_ChosenIsThePersonsState()
    {
        var person = Merge([], [V3(3, "elena@example.com", "en", 1, Older, suspended: true)],
            zoho: [ZohoProjectsSource.ToSourcePerson(new ZohoPortalUser("z1", "Zara Okafor", " Elena@Example.com", "employee", Active: true))]);

        var conflict = Assert.Single(person.Provenance.Conflicts);
        Assert.Equal((ConflictKind.ActiveMismatch, "false"), (conflict.Kind, conflict.Chosen));
        Assert.Equal([("zoho", "true", false), ("peoplev3", "false", true)], conflict.Values.Select(v => (v.Source.Code, v.Value, v.Chosen)));
    }

    [Fact]
    public void MissingAccountRule_FromConfiguration()
    {
        var person = Merge([], [V3(3, "new@example.com", "en", 1, Older)], settings: new() { ["Graph:Conflicts:RequireAccountIn:0"] = "ZOHO_PROJECTS" });

        var conflict = Assert.Single(person.Provenance.Conflicts);
        Assert.Equal((ConflictKind.MissingAccount, "zoho"), (conflict.Kind, conflict.System?.Code));
    }

    private static Person Merge(
        IReadOnlyList<SourcePerson> worksection, IReadOnlyList<SourcePerson> peopleV3, Dictionary<string, string?>? settings = null, IReadOnlyList<SourcePerson>? zoho = null)
    {
        var services = Services(settings);
        var merged = services.GetRequiredService<PersonMerger>().Merge([worksection, zoho ?? [], peopleV3]);
        return Assert.Single(services.GetRequiredService<PersonProvenanceBuilder>().Attach(merged));
    }

    private static ServiceProvider Services(Dictionary<string, string?>? settings) =>
        new ServiceCollection().AddPeopleGraph(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build()).BuildServiceProvider();

    private static SourcePerson Ws(string id, string email, string title) =>
        WorksectionSource.ToSourcePerson(new WorksectionUser(id, email, "Grace", "Hopper", null, title, null, null, null, null, "user",
            null, null, null, null, null, null, new Dictionary<string, string>(), new Dictionary<string, string>(), null, null, null));

    private static SourcePerson V3(long id, string email, string language, decimal timezone, DateTimeOffset? updatedAt, string? title = null, bool suspended = false) =>
        PeopleV3Source.ToSourcePerson(new PeopleV3Person(id, email, "Zara", "Okafor", title, null, [], timezone, null, null, null, language,
            suspended, false, null, null, updatedAt, []));
}
