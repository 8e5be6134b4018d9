using Gateway.Graph.ChangeFeed;
using Gateway.Graph.People;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Graph.Teams;
using Gateway.Upstreams.PeopleV3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Tests.ChangeFeed;

/// <summary>Directory snapshots built the way the snapshot source builds them: People v3 records merged, teams looked up.</summary>
internal static class Directories
{
    public static readonly PeopleV3Group Design = new(7, "Design");

    public static PeopleV3Person V3(long id, string email, string title, params long[] groups) =>
        new(id, email, "Ada", "Lovelace", title, null, groups, 1m, "AL", null, "#781f1f", "en", false, false, null, null, null, []);

    public static DirectorySnapshot Of(params PeopleV3Person[] people)
    {
        var teams = new TeamDirectory([[PeopleV3Source.ToTeam(Design)]]);
        var merged = Merger.Merge([[.. people.Select(PeopleV3Source.ToSourcePerson)]]);
        return new DirectorySnapshot(merged.Select(p => SnapshotPerson.Of(p, teams.TeamsOf(p))).ToList());
    }

    // The merge as the graph registers it, with the default precedence.
    private static readonly PersonMerger Merger = new ServiceCollection()
        .AddPeopleGraph(new ConfigurationBuilder().Build())
        .BuildServiceProvider()
        .GetRequiredService<PersonMerger>();
}
