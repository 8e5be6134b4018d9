using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

/// <summary>
/// The person fields the merge decides, by their schema name, and how each is read from one upstream record.
/// A blank string, an empty list or a phone set with no number counts as "holds nothing".
/// </summary>
public static class MergeFields
{
    public static IReadOnlyDictionary<string, Func<PersonProfile, object?>> All { get; } =
        new Dictionary<string, Func<PersonProfile, object?>>(StringComparer.Ordinal)
        {
            ["firstName"] = p => p.FirstName,
            ["lastName"] = p => p.LastName,
            ["displayName"] = p => p.DisplayName,
            ["title"] = p => p.Title,
            ["avatarUrl"] = p => p.AvatarUrl,
            ["department"] = p => p.Department,
            ["phones"] = p => p.Phones,
            ["addresses"] = p => p.Addresses,
            ["timezoneOffsetHours"] = p => p.TimezoneOffsetHours,
            ["language"] = p => p.Language,
            ["active"] = p => p.Active,
            ["suspended"] = p => p.Suspended,
            ["lastActiveAt"] = p => p.LastActiveAt,
            ["createdAt"] = p => p.CreatedAt,
            ["updatedAt"] = p => p.UpdatedAt,
            ["initials"] = p => p.Initials,
            ["profileColor"] = p => p.ProfileColor,
            ["rate"] = p => p.Rate,
            ["profileUrl"] = p => p.ProfileUrl,
            ["otherContacts"] = p => p.OtherContacts,
            ["chats"] = p => p.Chats,
            ["socials"] = p => p.Socials,
        };

    /// <summary>The value as the merge uses it (strings trimmed), or null when the record holds nothing for the field.</summary>
    public static object? Read(Func<PersonProfile, object?> field, PersonProfile profile) => field(profile) switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        PhoneNumbers { Main: null, Office: null, Mobile: null, Home: null } => null,
        System.Collections.ICollection { Count: 0 } => null,
        var value => value,
    };
}
