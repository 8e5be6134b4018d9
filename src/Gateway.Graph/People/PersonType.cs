using Gateway.Graph.Authorization;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Projects;
using Gateway.Graph.Provenance;
using Gateway.Graph.Relay;
using Gateway.Graph.Scalars;
using Gateway.Graph.Sources;
using Gateway.Graph.Teams;

namespace Gateway.Graph.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public const string TypeName = "Person";

    public PersonType()
    {
        Name = TypeName;
        Description = "One human, merged across Worksection, Zoho Projects and People v3 by email (trimmed, case-folded). " +
            "Profile fields prefer People v3, then Worksection, then Zoho Projects; every source record is in `accounts`.";
        this.ImplementNode(TypeName, ctx => ctx.Loader<PersonIds>().IdKeyOf(ctx.Source));
        Field<NonNullGraphType<StringGraphType>>("email").Description("The merge key: the email trimmed and lower-cased.").Resolve(ctx => ctx.Source.Email);
        Field<StringGraphType>("firstName").Description("First name.").Resolve(ctx => ctx.Source.FirstName);
        Field<StringGraphType>("lastName").Description("Last name.").Resolve(ctx => ctx.Source.LastName);
        Field<StringGraphType>("displayName").Description("Full name as shown to people (Worksection's `name`, else first and last name).").Resolve(ctx => ctx.Source.DisplayName);
        Field<StringGraphType>("title").Description("Job title (People v3, else Worksection).").Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType>("avatarUrl").Description("Link to the avatar image.").Resolve(ctx => ctx.Source.AvatarUrl);
        Field<StringGraphType>("department").Description("Department (Worksection).").Resolve(ctx => ctx.Source.Department);
        Field<PhoneNumbersType>("phones").Description("Phone numbers (Worksection); null without the `people:pii` scope.").RequirePii().Resolve(ctx => ctx.Source.Phones);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("addresses").Description("Postal addresses, main first (Worksection); null without the `people:pii` scope.").RequirePii().Resolve(ctx => ctx.Source.Addresses);
        Field<DecimalGraphType>("timezoneOffsetHours").Description("Time zone as an hour offset from UTC, exact: 5.5 for UTC+05:30 (People v3).").Resolve(ctx => ctx.Source.TimezoneOffsetHours);
        Field<StringGraphType>("utcOffset").Description("The same offset as ISO 8601 text, e.g. `+05:30` or `-03:00` (People v3).").Resolve(ctx => UtcOffset.Format(ctx.Source.TimezoneOffsetHours));
        Field<StringGraphType>("language").Description("Preferred language code, e.g. `en` (People v3).").Resolve(ctx => ctx.Source.Language);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("Whether the person is active: People v3's state when it knows the person, else Zoho's, else true.").Resolve(ctx => ctx.Source.Active);
        Field<NonNullGraphType<BooleanGraphType>>("suspended").Description("Whether People v3 marks the person suspended.").Resolve(ctx => ctx.Source.Suspended);
        Field<DateTimeType>("lastActiveAt").Description("Last activity (People v3).").Resolve(ctx => ctx.Source.LastActiveAt);
        Field<DateTimeType>("createdAt").Description("When the record was created (People v3), else when Worksection sent the invitation.").Resolve(ctx => ctx.Source.CreatedAt);
        Field<DateTimeType>("updatedAt").Description("When the People v3 record last changed.").Resolve(ctx => ctx.Source.UpdatedAt);
        Field<StringGraphType>("initials").Description("Initials to show in place of an avatar (People v3).").Resolve(ctx => ctx.Source.Initials);
        Field<StringGraphType>("profileColor").Description("The person's colour as a CSS hex colour, e.g. `#781f1f` (People v3).").Resolve(ctx => ctx.Source.ProfileColor);
        Field<DecimalGraphType>("rate").Description("The person's rate in Worksection, if set.").Resolve(ctx => ctx.Source.Rate);
        Field<StringGraphType>("profileUrl").Description("The person's page in Worksection.").Resolve(ctx => ctx.Source.ProfileUrl);
        Field<StringGraphType>("otherContacts").Description("Worksection's free-text \"Other contacts\"; null without the `people:pii` scope.").RequirePii().Resolve(ctx => ctx.Source.OtherContacts);
        Field<ListGraphType<NonNullGraphType<HandleType>>>("chats").Description("Messenger handles (Worksection); null without the `people:pii` scope.").RequirePii().Resolve(ctx => ctx.Source.Chats);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandleType>>>>("socials").Description("Social network handles (Worksection).").Resolve(ctx => ctx.Source.Socials);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceAccountType>>>>("accounts").Description("One entry per upstream record merged into this person.").Resolve(ctx => ctx.Source.Accounts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamType>>>>("teams")
            .Description("Worksection teams and People v3 groups the person belongs to.")
            .Prefetches(ctx => ctx.Loader<TeamDirectoryDataLoader>().LoadAsync())
            .Resolve(ctx => ctx.Loader<TeamDirectoryDataLoader>().LoadAsync().Then(teams => ctx.Unwrap(teams).TeamsOf(ctx.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects")
            .Description("Zoho projects and People v3 projects the person is a member of.")
            .Prefetches(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync())
            .Resolve(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync()
                .Then(projects => ctx.Unwrap(projects).MembershipsOf(ctx.Source).Select(m => m.Project).Distinct().ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectMemberType>>>>("projectMemberships")
            .Description("The person's memberships with role, rate and state per project.")
            .Prefetches(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync())
            .Resolve(ctx => ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(projects => ctx.Unwrap(projects).MembershipsOf(ctx.Source)));
        this.AddProvenanceFields();
    }
}
