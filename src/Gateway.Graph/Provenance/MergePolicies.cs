using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>The merge policy of every <see cref="PersonField"/>, as provenance reports it.</summary>
public sealed class MergePolicies(IReadOnlyDictionary<PersonField, MergePolicy> policies)
{
    private const UpstreamName Ws = UpstreamName.Worksection;
    private const UpstreamName Zoho = UpstreamName.ZohoProjects;
    private const UpstreamName V3 = UpstreamName.PeopleV3;

    /// <summary>The precedence <see cref="People.PersonMerger"/> applies (its summary says why each source leads).</summary>
    public static readonly MergePolicies Default = new(new Dictionary<PersonField, MergePolicy>
    {
        [PersonField.Email] = MergePolicy.Ordered(Ws, Zoho, V3),
        [PersonField.FirstName] = MergePolicy.Ordered(V3, Ws, Zoho),
        [PersonField.LastName] = MergePolicy.Ordered(V3, Ws, Zoho),
        [PersonField.DisplayName] = MergePolicy.Ordered(Ws, V3, Zoho),
        [PersonField.Title] = MergePolicy.Ordered(V3, Ws),
        [PersonField.Department] = MergePolicy.Ordered(Ws),
        [PersonField.AvatarUrl] = MergePolicy.Ordered(Ws, V3),
        [PersonField.TimezoneOffsetHours] = MergePolicy.Ordered(V3),
        [PersonField.Language] = MergePolicy.Ordered(V3),
        [PersonField.Active] = MergePolicy.Ordered(V3, Zoho, Ws),
        [PersonField.CreatedAt] = MergePolicy.Ordered(V3, Ws),
        [PersonField.Rate] = MergePolicy.Ordered(Ws),
        [PersonField.Phone] = MergePolicy.Ordered(Ws),
        [PersonField.Address] = MergePolicy.Ordered(Ws),
    });

    public MergePolicy For(PersonField field) =>
        policies.TryGetValue(field, out var policy) ? policy : throw new InvalidOperationException($"No merge policy for {field}.");
}
