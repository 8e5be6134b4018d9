using Gateway.Emulators.Faults;

namespace Gateway.EndToEnd.Tests;

/// <summary>What reading the whole people, team and project directory costs upstream, asserted in one place.</summary>
internal static class DirectoryReads
{
    /// <summary>
    /// Each list the directory is built from was read exactly once: the three people lists, both team lists, the Zoho
    /// project list and each project's users, and nothing else.
    /// </summary>
    public static void AssertEachListReadOnce(EmulatorStats stats, int projects)
    {
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUsers));
        Assert.Equal(1, stats.Count("worksection", Operations.WorksectionGetUserGroups));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3People));
        Assert.Equal(1, stats.Count("peoplev3", Operations.PeopleV3Groups));
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoPortalUsers));
        Assert.Equal(1, stats.Count("zoho", Operations.ZohoProjects));
        Assert.Equal(projects, stats.Count("zoho", Operations.ZohoProjectUsers));
        Assert.Equal(6 + projects, stats.Total);
    }
}
