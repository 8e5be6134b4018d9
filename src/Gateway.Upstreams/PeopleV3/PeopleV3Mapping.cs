using System.Globalization;
using System.Text;
using System.Text.Json;
using Gateway.Upstreams.PeopleV3.Wire;

namespace Gateway.Upstreams.PeopleV3;

/// <summary>Wire DTOs to and from the public records.</summary>
internal static class PeopleV3Mapping
{
    public static PeopleV3Person ToPerson(V3PersonDto p) => new(
        p.Id, p.Email, p.FirstName, p.LastName, p.Title, p.Role?.Id, p.Groups ?? [],
        p.Timezone,
        p.Initials, p.ImageUrl, p.ProfileColor, p.Language, p.Suspended ?? false, p.SendInvite ?? false,
        p.LastActive, p.CreatedAt, p.UpdatedAt, p.Projects ?? []);

    public static V3PersonInputDto ToInput(PeopleV3PersonInput input) => new()
    {
        FirstName = input.FirstName,
        LastName = input.LastName,
        Email = input.Email,
        Title = input.Title,
        Role = input.RoleId?.ToString(CultureInfo.InvariantCulture),
        Language = input.Language,
        Groups = input.GroupIds?.ToList(),
        Suspended = input.Suspended,
    };

    /// <summary>The upstream's message plus its field errors, e.g. "Validation failed: email: has already been taken".</summary>
    public static string? RejectionMessage(V3ErrorBody? body)
    {
        if (body is null)
        {
            return null;
        }

        var text = new StringBuilder(body.Message ?? "");
        foreach (var (field, value) in body.Errors ?? [])
        {
            var reasons = value.ValueKind switch
            {
                JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
                JsonValueKind.String => value.GetString(),
                _ => null,
            };
            if (!string.IsNullOrEmpty(reasons))
            {
                text.Append(text.Length == 0 ? "" : "; ").Append(field).Append(": ").Append(reasons);
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
