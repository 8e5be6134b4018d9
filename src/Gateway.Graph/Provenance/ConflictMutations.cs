using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>resolvePersonConflict: makes the chosen systems hold one value for a field, with one result per system.</summary>
public sealed class ConflictMutations : IMutationFields
{
    /// <summary>The longest value accepted: longer than any name, title or language code the upstreams store.</summary>
    public const int MaxValueLength = 200;

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ResolvePersonConflictInput, CrossSystemOutcome>("resolvePersonConflict", "Writes one value of a field to each chosen system whose contract allows it: People v3 takes " +
                "first and last name, title and language; Worksection and Zoho Projects cannot change them (NOT_SUPPORTED with the reason). " +
                "ACTIVE `false` runs offboardPerson's writes in the chosen systems, `true` reverses them. Records that already hold the value " +
                "are ALREADY_DONE without a call; failed writes are not retried.")
            .Input(input =>
            {
                input.Field<IdGraphType>("personId").Description("The person's global id; give this or `email`.");
                input.Field<StringGraphType>("email").Description("The person's email; give this or `personId`.");
                input.Field<NonNullGraphType<PersonFieldType>>("field").Description("The field the records disagree on (a conflict's `field`).");
                input.Field<StringGraphType>("value").Description($"The value every chosen system should hold (for ACTIVE: `true` or `false`); " +
                    $"the value the person shows now when left out. At most {MaxValueLength} characters.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceSystemType>>>>("systems").Description("The systems to write to.");
            })
            .Payload(OnboardingMutations.ResultFields)
            .Errors(typeof(InvalidEmailErrorType), typeof(RequiredFieldErrorType), typeof(InvalidIdErrorType), typeof(UnknownPersonErrorType), typeof(InvalidValueErrorType))
            .SerializedPer(input => WriteTargets.Person(input.PersonId, input.Email))
            .Resolve(ResolveAsync);

    private static async Task<MutationPayload<CrossSystemOutcome>> ResolveAsync(IResolveFieldContext ctx, ResolvePersonConflictInput input)
    {
        var checks = new InputChecks();
        var person = PersonReference.Read(input.PersonId, input.Email, checks);
        var field = input.Field;
        var value = input.Value;
        var systems = (input.Systems ?? []).Distinct().ToList();
        if (systems.Count == 0) checks.Add(new RequiredFieldError("`systems` must name at least one system.", "systems"));
        if (value is { Length: > MaxValueLength })
            checks.Add(new InvalidValueError($"`value` is longer than {MaxValueLength} characters.", "value"));
        else if (field == PersonField.Active && value is not (null or "true" or "false"))
            checks.Add(new InvalidValueError($"`value` must be `true` or `false` for ACTIVE.", "value"));
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        return field switch
        {
            PersonField.Active => await ResolveActiveAsync(ctx, person!, value, systems),
            // The merge key itself: records agree on it by definition, and a duplicate is removed in its system, not written.
            PersonField.Email => MutationPayload.Failed(new InvalidValueError(
                "EMAIL is the merge key and cannot be resolved here; remove a duplicate account in the system that holds it.", "field")),
            _ => await new ConflictResolution(ctx, person!, field, value, systems).RunAsync(),
        };
    }

    // The active state is fixed by the lifecycle writes, never by a field write: offboarding's, or their reverse.
    private static async Task<MutationPayload<CrossSystemOutcome>> ResolveActiveAsync(IResolveFieldContext ctx, PersonReference reference, string? value, IReadOnlyList<UpstreamName> systems)
    {
        var people = await ctx.PeopleAsync();
        var person = reference.FindIn(people.Value);
        if (person is null)
            return MutationPayload.Failed(new UnknownPersonError($"No system knows '{reference.Given}'; nothing to resolve.", reference.Given));
        if ((value ?? FieldValues.Format(person.Active)) == "false")
            return await new Offboarding(ctx, reference, systems, new OffboardingRequest(PeopleV3Offboarding.Suspend)).RunAsync();

        var results = await new Reactivation(ctx, person, systems, system => people.FailureOf(system)).RunAsync();
        if (results.Any(r => r.Status == SystemStatus.Done)) ctx.PeopleChanged();
        return MutationPayload.Ok(new CrossSystemOutcome(person.Key, results));
    }
}

/// <summary>The input of <c>resolvePersonConflict</c>: the person (by id or email), the field, the value and the systems.</summary>
public sealed record ResolvePersonConflictInput(string? PersonId, string? Email, PersonField Field, string? Value, IReadOnlyList<UpstreamName>? Systems);
