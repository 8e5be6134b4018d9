using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>The input of onboardPerson (<c>OnboardPersonInput</c>).</summary>
public sealed record OnboardPersonInput(
    string? Email,
    string? FirstName,
    string? LastName,
    string? Title,
    IReadOnlyList<UpstreamName>? Systems,
    OnboardWorksectionInput? Worksection,
    OnboardZohoProjectsInput? ZohoProjects,
    OnboardPeopleV3Input? PeopleV3);

/// <summary><c>OnboardWorksectionInput</c>: how onboardPerson invites the person to Worksection.</summary>
public sealed record OnboardWorksectionInput(string? Role, string? Team);

/// <summary><c>OnboardZohoProjectsInput</c>: how onboardPerson adds the person to Zoho Projects.</summary>
public sealed record OnboardZohoProjectsInput(IReadOnlyList<string>? ProjectIds, string? Role, decimal? Rate);

/// <summary><c>OnboardPeopleV3Input</c>: how onboardPerson creates the People v3 record.</summary>
public sealed record OnboardPeopleV3Input(string? RoleId, string? Language, IReadOnlyList<string>? GroupIds);

/// <summary>The input of offboardPerson (<c>OffboardPersonInput</c>).</summary>
public sealed record OffboardPersonInput(string? PersonId, string? Email, IReadOnlyList<UpstreamName>? Systems, PeopleV3Offboarding? PeopleV3);
