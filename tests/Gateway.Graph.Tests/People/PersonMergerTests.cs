using System.Text.RegularExpressions;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Graph.Sources.Worksection;
using Gateway.Graph.Sources.ZohoProjects;
using Gateway.Testing;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.Worksection;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Tests.People;

public sealed class PersonMergerTests
{
    [Fact]
    public void SameEmailTwiceInOneUpstream_BothAreAccounts_FirstListedFeedsTheFields()
    {
        var merger = Merger();
        var first = Worksection("1", " Ada@Example.com", name: "Ada L.", department: null);
        var second = Worksection("2", "ada@example.com", name: "Ada Lovelace", department: "Engines");

        var person = Assert.Single(merger.Merge([[first, second]]));

        Assert.Equal(["1", "2"], person.Accounts.Select(a => a.ExternalId));
        Assert.Equal("Ada L.", person.DisplayName);
        // The second record fills what the first leaves blank.
        Assert.Equal("Engines", person.Department);
        Assert.Equal(["1", "2"], person.Merge["displayName"].Candidates.Select(c => c.AccountId));
    }

    [Fact]
    public void ThreeUpstreams_EachFieldKnowsEveryCandidateAndTheChosenOne()
    {
        var merger = Merger();

        var person = Assert.Single(merger.Merge([
            [Worksection("7", "grace@example.com", name: "Grace H.", title: "Rear Admiral")],
            [ZohoProjectsSource.ToSourcePerson(new ZohoPortalUser("z9", "Grace Hopper", "GRACE@example.com", "admin", Active: false))],
            [PeopleV3("3", "grace@example.com", title: "Computer Scientist", suspended: false)]]));

        var title = person.Merge["title"];
        Assert.Equal(["peoplev3", "worksection"], title.Candidates.Select(c => c.Source.Code));
        Assert.Equal("Computer Scientist", title.Chosen!.Value);
        Assert.Equal("Computer Scientist", person.Title);
        Assert.Equal("Grace H.", person.DisplayName);
        // People v3's state wins over Zoho's inactive portal user.
        Assert.True(person.Active);
        Assert.Equal(["worksection", "zoho", "peoplev3"], person.Accounts.Select(a => a.Source.Code));
    }

    [Fact]
    public void ConfiguredPrecedence_ReplacesThatFieldsOrder()
    {
        var merger = Merger(new() { ["Graph:Merge:Precedence:displayName:0"] = "ZOHO_PROJECTS" });

        var person = Assert.Single(merger.Merge([
            [Worksection("7", "grace@example.com", name: "Grace H.")],
            [ZohoProjectsSource.ToSourcePerson(new ZohoPortalUser("z9", "Grace Hopper", "grace@example.com", "admin", Active: true))]]));

        Assert.Equal("Grace Hopper", person.DisplayName);
        Assert.Equal(["zoho", "worksection"], person.Merge["displayName"].Candidates.Select(c => c.Source.Code));
    }

    [Theory]
    [InlineData("Graph:Merge:Precedence:displayName:0", "hr", "'hr'")]
    [InlineData("Graph:Merge:Precedence:nickname:0", "zoho", "nickname")]
    public void UnknownFieldOrUpstreamInConfiguration_FailsNamingIt(string key, string value, string named)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Merger(new() { [key] = value }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentedPrecedenceTable_EqualsTheDefaults()
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf("docs", "upstreams.md"));
        var section = page[page.IndexOf("## How a person is merged", StringComparison.Ordinal)..];
        var names = UpstreamNamesByDisplayName();
        var documented = Regex.Matches(section, @"^\| `(?<field>\w+)` \| (?<order>[^|]+) \|$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["field"].Value, m => m.Groups["order"].Value.Split(", ").Select(n => names[n.Trim()]).ToArray());

        Assert.Equal(MergePrecedence.Defaults.Keys.Order(), documented.Keys.Order());
        foreach (var (field, order) in MergePrecedence.Defaults) Assert.Equal(order, documented[field]);
    }

    private static Dictionary<string, string> UpstreamNamesByDisplayName() =>
        Gateway.Upstreams.Common.UpstreamName.BuiltIn.ToDictionary(u => u.DisplayName, u => u.Code);

    [Fact]
    public void PatchedList_RebuildingTheChangedPeopleOnly_GivesWhatAFullMergeGives()
    {
        using var services = new ServiceCollection()
            .AddPeopleGraph(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Ids:Key"] = new string('k', 32) }).Build())
            .BuildServiceProvider();
        var merger = services.GetRequiredService<PersonMerger>();
        var provenance = services.GetRequiredService<Gateway.Graph.Provenance.PersonProvenanceBuilder>();
        var ids = services.GetRequiredService<PersonIds>();
        IReadOnlyList<SourcePerson> worksection =
            [Worksection("1", "ada@example.com", title: "Analyst"), Worksection("2", "bob@example.com", title: "Builder"), Worksection("3", "cy@example.com")];
        IReadOnlyList<SourcePerson> v3 =
            [PeopleV3("10", "ada@example.com", "Engineer", false), PeopleV3("11", "dee@example.com", "Ops", false), PeopleV3("13", "fay@example.com", "Fin", false)];
        var before = new PeopleDirectory(provenance.Attach(merger.Merge([worksection, v3])), ids);
        var unchanged = before.FindByKey("cy@example.com");

        // One write's worth of change and more: #10 moves to Bob's email (Ada keeps her Worksection account only), #11
        // gets a new title, #13 is gone, #12 (Eve, a new person) arrives.
        IReadOnlyList<SourcePerson> patched =
            [PeopleV3("10", "bob@example.com", "Engineer", false), PeopleV3("11", "dee@example.com", "Head of Ops", false), PeopleV3("12", "eve@example.com", null, false)];
        var keys = PersonMerger.KeysChanged(v3, patched);
        var incremental = before.With(keys, provenance.Attach(merger.Merge([worksection, patched], keys)), ids);
        var full = new PeopleDirectory(provenance.Attach(merger.Merge([worksection, patched])), ids);

        Assert.Equal(["ada@example.com", "bob@example.com", "dee@example.com", "eve@example.com", "fay@example.com"], keys.Order(StringComparer.Ordinal));
        Assert.Equal(full.All.Select(Describe), incremental.All.Select(Describe));
        Assert.Same(unchanged, incremental.FindByKey("cy@example.com"));
        Assert.Equal(ids.IdKeyOf(full.FindByKey("bob@example.com")!), ids.IdKeyOf(incremental.FindByKey("bob@example.com")!));
        Assert.Same(incremental.FindByKey("bob@example.com"), incremental.FindByAccount(Gateway.Upstreams.Common.UpstreamName.PeopleV3, "10"));

        static string Describe(Person p) =>
            $"{p.Key} {p.Title} {p.DisplayName} {p.Active} [{string.Join(",", p.Accounts.Select(a => $"{a.Source.Code}:{a.ExternalId}"))}] " +
            $"[{string.Join(",", p.Provenance.Conflicts.Select(c => $"{c.Kind}:{c.Field}"))}]";
    }

    private static PersonMerger Merger(Dictionary<string, string?>? settings = null) =>
        new ServiceCollection()
            .AddPeopleGraph(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build())
            .BuildServiceProvider()
            .GetRequiredService<PersonMerger>();

    private static SourcePerson Worksection(string id, string email, string? name = null, string? department = null, string? title = null) =>
        WorksectionSource.ToSourcePerson(new WorksectionUser(id, email, null, null, name, title, null, null, null, department, "user",
            null, null, null, null, null, null, new Dictionary<string, string>(), new Dictionary<string, string>(), null, null, null));

    private static SourcePerson PeopleV3(string id, string email, string? title, bool suspended) =>
        PeopleV3Source.ToSourcePerson(new PeopleV3Person(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), email, "Grace", "Hopper",
            title, null, [], null, null, null, null, null, suspended, false, null, null, null, []));
}
