using System.Globalization;
using System.Text.Json;
using Gateway.Graph.ChangeFeed;
using Gateway.Graph.People;
using Gateway.Graph.Relay;
using Gateway.Graph.Sources;
using Gateway.Graph.Teams;
using Gateway.Upstreams.Common;

namespace Gateway.ChangeFeed.Webhooks;

/// <summary>
/// The body of a delivery in the Standard Webhooks shape, <c>{type, timestamp, data}</c>, where <c>data</c> carries the
/// same names and values as <c>PersonChangeEvent</c> in GraphQL (a "thin" payload: ids and what changed).
/// </summary>
internal sealed class WebhookPayload(PersonIds ids, SourceIdentities sources)
{
    public string Write(ChangeLogEntry entry, bool includeContactData)
    {
        var change = entry.Event;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", TypeOf(change.Kind));
            json.WriteString("timestamp", change.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStartObject("data");
            json.WriteString("eventId", change.Id);
            json.WriteString("cursor", entry.Cursor);
            json.WriteString("kind", KindOf(change.Kind));
            json.WriteString("personId", GlobalId.Serialize(PersonType.TypeName, ids.IdKeyOf(change.Person)));
            json.WriteString("email", change.Person.Email);
            json.WriteStartArray("changes");
            foreach (var field in change.Changes.Where(c => includeContactData || !c.Private))
            {
                json.WriteStartObject();
                json.WriteString("field", field.Field);
                json.WriteString("oldValue", field.OldValue);
                json.WriteString("newValue", field.NewValue);
                json.WriteString("source", field.Source is { } source ? SourceOf(source) : null);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (change.Team is { } team)
            {
                json.WriteStartObject("team");
                json.WriteString("id", GlobalId.Serialize(TeamType.TypeName, team.Key));
                json.WriteString("name", team.Name);
                json.WriteEndObject();
            }
            if (change.Conflict is { } conflict)
            {
                json.WriteStartObject("conflict");
                json.WriteString("field", JsonNamingPolicy.SnakeCaseUpper.ConvertName(conflict.Field.ToString()));
                json.WriteString("kind", JsonNamingPolicy.SnakeCaseUpper.ConvertName(conflict.Kind.ToString()));
                json.WriteString("system", conflict.System is { } system ? SourceOf(system) : null);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The Standard Webhooks event type: hierarchical, full-stop delimited.</summary>
    public static string TypeOf(ChangeKind kind) => kind switch
    {
        ChangeKind.PersonAdded => "person.added",
        ChangeKind.PersonUpdated => "person.updated",
        ChangeKind.PersonRemoved => "person.removed",
        ChangeKind.TeamMembershipAdded => "person.team_membership.added",
        ChangeKind.TeamMembershipRemoved => "person.team_membership.removed",
        ChangeKind.ConflictAppeared => "person.conflict.appeared",
        ChangeKind.ConflictResolved => "person.conflict.resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // As the GraphQL enums spell them.
    private static string KindOf(ChangeKind kind) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString());

    // The upstream's SourceSystem value, as the schema spells it (PEOPLE_V3).
    private string SourceOf(UpstreamName source) => sources[source].SchemaValue;
}
