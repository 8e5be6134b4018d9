using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Authorization;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.People;

/// <summary>onboardPerson and offboardPerson: one person acted on in every chosen system, with one result per system.</summary>
public sealed class OnboardingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<OnboardPersonInput, CrossSystemOutcome>("onboardPerson", "Creates a person in each chosen system: Worksection `add_user`, Zoho Projects membership of the given projects " +
                "(which makes the portal user), People v3 `POST v3/people`. Idempotent: what exists already is ALREADY_DONE, so re-run after a failure.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("email").Description("The person's email, the key that merges their accounts.");
                input.Field<StringGraphType>("firstName").Description("First name.");
                input.Field<StringGraphType>("lastName").Description("Last name.");
                input.Field<StringGraphType>("title").Description("Position (Worksection and People v3).");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceSystemType>>>>("systems").Description("The systems to create the person in.");
                input.Field<OnboardWorksectionInputType>("worksection").Description("Worksection settings.");
                input.Field<OnboardZohoProjectsInputType>("zohoProjects").Description("Zoho Projects settings; `projectIds` is required when ZOHO_PROJECTS is chosen.");
                input.Field<OnboardPeopleV3InputType>("peopleV3").Description("People v3 settings.");
            })
            .Payload(ResultFields)
            .Errors(typeof(InvalidEmailErrorType), typeof(RequiredFieldErrorType), typeof(RoleNotAllowedErrorType), typeof(InvalidRateErrorType),
                typeof(InvalidIdErrorType), typeof(UnknownTeamErrorType), typeof(UnknownProjectErrorType), typeof(NoSeatsLeftErrorType))
            .SerializedPer(input => WriteTargets.Person(null, input.Email))
            .Resolve(async (ctx, input) =>
            {
                var checks = new InputChecks();
                var plan = OnboardingPlan.Read(input, checks);
                return plan is null ? MutationPayload.Failed(checks.Errors) : await new Onboarding(ctx, plan).RunAsync();
            });

        mutation.Mutation<OffboardPersonInput, CrossSystemOutcome>("offboardPerson", "Takes a person out of each chosen system: Zoho Projects deactivates the portal user, People v3 suspends " +
                "(default) or deletes the record; Worksection is NOT_SUPPORTED (its API cannot deactivate users). Idempotent.")
            .Input(input =>
            {
                input.Field<IdGraphType>("personId").Description("The person's global id; give this or `email`.");
                input.Field<StringGraphType>("email").Description("The person's email; give this or `personId`.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceSystemType>>>>("systems").Description("The systems to take the person out of.");
                input.Field<PeopleV3OffboardingType>("peopleV3").Description("SUSPEND (default) or DELETE the People v3 record.");
            })
            .Payload(ResultFields)
            .Errors(typeof(InvalidEmailErrorType), typeof(RequiredFieldErrorType), typeof(InvalidIdErrorType), typeof(UnknownPersonErrorType))
            .SerializedPer(input => WriteTargets.Person(input.PersonId, input.Email))
            .Resolve(async (ctx, input) =>
            {
                var checks = new InputChecks();
                var person = PersonReference.Read(input.PersonId, input.Email, checks);
                var systems = (input.Systems ?? []).Distinct().ToList();
                if (systems.Count == 0) checks.Add(new RequiredFieldError("`systems` must name at least one system.", "systems"));
                if (checks.Failed) return MutationPayload.Failed(checks.Errors);
                return await new Offboarding(ctx, person!, systems, new OffboardingRequest(input.PeopleV3 ?? PeopleV3Offboarding.Suspend)).RunAsync();
            });
    }

    /// <summary>The payload of every cross-system person action: the person after it, and one result per system.</summary>
    internal static void ResultFields(ObjectGraphType<MutationPayload<CrossSystemOutcome>> payload)
    {
        payload.PersonField("The person as all systems show them after the action.");
        payload.Field<ListGraphType<NonNullGraphType<SystemResultType>>>("results").Description("One result per system asked for, in the order asked.").ReportsWrite()
            .Resolve(ctx => ctx.Source.Value?.Results);
    }
}
