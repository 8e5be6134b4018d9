using Gateway.Graph.DataLoading;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.Sources.PeopleV3;

/// <summary>The People v3 languages of this request.</summary>
public sealed class PeopleV3LanguagesDataLoader(PeopleV3Client peopleV3) : SnapshotDataLoader<IReadOnlyList<PeopleV3Language>>
{
    protected override Task<IReadOnlyList<PeopleV3Language>> FetchAsync(CancellationToken cancellationToken) =>
        peopleV3.GetLanguagesAsync(cancellationToken);
}

/// <summary>People v3 role names by id, asked for only when an account's role or <c>peopleV3Roles</c> is selected.</summary>
public sealed class PeopleV3RolesDataLoader(PeopleV3Client peopleV3) : SnapshotDataLoader<IReadOnlyDictionary<string, string>>
{
    protected override async Task<IReadOnlyDictionary<string, string>> FetchAsync(CancellationToken cancellationToken) =>
        (await peopleV3.GetRolesAsync(cancellationToken)).ToDictionary(r => PeopleV3Source.IdOf(r.Id), r => r.Name, StringComparer.Ordinal);
}
