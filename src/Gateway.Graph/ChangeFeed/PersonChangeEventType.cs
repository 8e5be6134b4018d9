using Gateway.Graph.Authorization;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Filtering;
using Gateway.Graph.People;
using Gateway.Graph.Relay;
using Gateway.Graph.Scalars;
using Gateway.Graph.Teams;
using GraphQL.Types;

namespace Gateway.Graph.ChangeFeed;

public sealed class PersonChangeEventType : ObjectGraphType<ChangeLogEntry>
{
    public PersonChangeEventType()
    {
        Name = "PersonChangeEvent";
        Description = "A change to a person, seen in any upstream or made through the gateway.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque position of the event in the change log: pass it as `after` to resume right after it.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("The event's id, the same on every instance: use it to drop a duplicate delivery (webhooks are at least once).")
            .Resolve(ctx => ctx.Source.Event.Id);
        Field<NonNullGraphType<PersonChangeKindType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Event.Kind);
        Field<NonNullGraphType<DateTimeType>>("occurredAt")
            .Description("When the gateway saw the change (a poll or a write), not when the upstream made it.")
            .Resolve(ctx => ctx.Source.Event.OccurredAt);
        Field<NonNullGraphType<IdGraphType>>("personId")
            .Description("The person's global id, as `Person.id`.")
            .Resolve(ctx => GlobalId.Serialize(PersonType.TypeName, ctx.Loader<PersonIds>().IdKeyOf(ctx.Source.Event.Person)));
        Field<NonNullGraphType<PersonType>>("person")
            .Description("The person as of the event (as last seen, for `PERSON_REMOVED`). Reading it costs no upstream call, except through `teams` and `projects`.")
            .Resolve(ctx => ctx.Source.Event.Person);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonFieldChangeType>>>>("changes")
            .Description("The changed fields that are not contact data (empty for membership events).")
            .Resolve(ctx => ctx.Source.Event.Changes.Where(c => !c.Private).ToList());
        Field<ListGraphType<NonNullGraphType<PersonFieldChangeType>>>("privateChanges")
            .Description("The changed contact fields (phones, addresses, chats, other contacts); null without the `people:pii` scope.")
            .RequirePii()
            .Resolve(ctx => ctx.Source.Event.Changes.Where(c => c.Private).ToList());
        Field<TeamType>("team")
            .Description("The team joined or left, for `TEAM_MEMBERSHIP_ADDED` and `TEAM_MEMBERSHIP_REMOVED`.")
            .Resolve(ctx => ctx.Source.Event.Team);
        Field<PersonChangeConflictType>("conflict")
            .Description("The conflict, for `CONFLICT_APPEARED` and `CONFLICT_RESOLVED`.")
            .Resolve(ctx => ctx.Source.Event.Conflict);
    }
}

public sealed class PersonChangeEventFilterInputType : FilterInputType<ChangeEvent>
{
    public PersonChangeEventFilterInputType()
    {
        Name = "PersonChangeEventFilterInput";
        Description = "Filters change events, in HotChocolate.Data's shape.";
        Enum<PersonChangeKindType, ChangeKind>("kind", e => e.Kind, "What happened.");
        String("email", e => e.Person.Email, "The person's merge email (lower-case).");
        List<FieldChange, PersonFieldChangeFilterInputType>("changes", e => e.Changes, "The changed fields, contact fields included.");
    }
}
