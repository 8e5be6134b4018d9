using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Authorization;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources;
using Gateway.Graph.Sources.PeopleV3;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.People;

/// <summary>People API v3 <c>POST</c>, <c>PUT</c> and <c>DELETE v3/people</c> as createPerson, updatePerson and deletePerson.</summary>
public sealed class PeopleV3Mutations : IMutationFields
{
    // The input fields of updatePerson that change something; AddProfileFields and "suspended".
    private const string NoRecord = "has no People v3 record; create one with `createPerson`.";

    private static readonly string[] UpdatableFields = ["firstName", "lastName", "title", "roleId", "language", "groupIds", "suspended"];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<string>("createPerson", "Creates a person in People v3 (`POST v3/people`). Fails with DuplicateEmailError when v3 already has the email.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("email").Description("The person's email.");
                AddProfileFields(input);
            })
            .Payload(payload => payload.PersonField("The created person, merged across the upstreams."))
            .Errors(typeof(InvalidEmailErrorType), typeof(RequiredFieldErrorType), typeof(InvalidIdErrorType), typeof(DuplicateEmailErrorType))
            .SerializedPer(input => WriteTargets.Person(input))
            .Resolve(CreatePersonAsync);

        mutation.Mutation<string>("updatePerson", "Changes a person's People v3 record (`PUT v3/people/{id}`); fields left out keep their value.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The person's global id.");
                AddProfileFields(input);
                input.Field<BooleanGraphType>("suspended").Description("Suspend (true) or reinstate (false) the person in People v3.");
            })
            .Payload(payload => payload.PersonField("The updated person, merged across the upstreams."))
            .Errors(typeof(RequiredFieldErrorType), typeof(InvalidIdErrorType), typeof(UnknownPersonErrorType))
            .SerializedPer(input => WriteTargets.Person(input, "id"))
            .Resolve(UpdatePersonAsync);

        mutation.Mutation<string>("deletePerson", "Deletes a person's People v3 record (`DELETE v3/people/{id}`); their Worksection and Zoho accounts stay.")
            .Input(input => input.Field<NonNullGraphType<IdGraphType>>("id").Description("The person's global id."))
            .Payload(payload => payload.Field<IdGraphType>("deletedPersonId").Description("The global id of the person whose People v3 record was deleted.").ReportsWrite()
                .Resolve(ctx => ctx.Source.Value as string))
            .Errors(typeof(RequiredFieldErrorType), typeof(InvalidIdErrorType), typeof(UnknownPersonErrorType))
            .SerializedPer(input => WriteTargets.Person(input, "id"))
            .Resolve(DeletePersonAsync);
    }

    private static void AddProfileFields(InputObjectGraphType input)
    {
        input.Field<StringGraphType>("firstName").Description("First name.");
        input.Field<StringGraphType>("lastName").Description("Last name.");
        input.Field<StringGraphType>("title").Description("Position.");
        input.Field<IdGraphType>("roleId").Description("A People v3 role id: the `id` of one of `peopleV3Roles`.");
        input.Field<StringGraphType>("language").Description("A People v3 language code, e.g. `en`: the `code` of one of `peopleV3Languages`.");
        input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("groupIds").Description("People v3 group ids; replaces the person's groups.");
    }

    private static async Task<MutationPayload<string>> CreatePersonAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var email = checks.Email(input, "email");
        var profile = ReadProfile(input, checks, email ?? "");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var people = await ctx.PeopleAsync();
        if (people.FailureOf(UpstreamName.PeopleV3) is { } unreadable) return MutationPayload.Failed(unreadable);
        if (people.Value.FindByEmail(email!)?.Accounts.Any(a => a.Source == UpstreamName.PeopleV3) == true)
        {
            return MutationPayload.Failed(new DuplicateEmailError($"People v3 already has a person with email '{email}'; use `updatePerson`.", email!, UpstreamName.PeopleV3));
        }

        return await WriteAsync(ctx, EmailKey.Normalize(email!), ct => ctx.Loader<PeopleV3Client>().CreatePersonAsync(profile, ct),
            (created, people) => [.. people, PeopleV3Source.ToSourcePerson(created)]);
    }

    private static async Task<MutationPayload<string>> UpdatePersonAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var idKey = checks.Required(input, "id") is { } id ? checks.GlobalIdKey("id", id, PersonType.TypeName) : null;
        var profile = ReadProfile(input, checks, "");
        // A PUT with nothing in it would still be a write upstream (and a version bump there): refuse it before any call.
        if (!UpdatableFields.Any(input.Has))
        {
            checks.Add(new RequiredFieldError(
                $"`{input.PathOf("id")}` alone changes nothing; give at least one of {string.Join(", ", UpdatableFields.Select(f => $"`{f}`"))}.",
                input.PathOf("id")));
        }

        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var (person, account, failure) = await ctx.FindAccountAsync(new PersonReference(idKey, null, input.String("id")!), UpstreamName.PeopleV3, NoRecord);
        if (failure is not null) return MutationPayload.Failed(failure);
        var changes = profile with { Email = account!.Email, Suspended = input.Boolean("suspended") };
        return await WriteAsync(ctx, person!.Key, ct => ctx.Loader<PeopleV3Client>().UpdatePersonAsync(V3Id(account), changes, ct),
            (updated, people) => people.Select(p => p.Account.ExternalId == PeopleV3Source.IdOf(updated.Id) ? PeopleV3Source.ToSourcePerson(updated) : p).ToList());
    }

    private static async Task<MutationPayload<string>> DeletePersonAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var id = checks.Required(input, "id");
        var idKey = id is null ? null : checks.GlobalIdKey("id", id, PersonType.TypeName);
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var (person, account, failure) = await ctx.FindAccountAsync(new PersonReference(idKey, null, id!), UpstreamName.PeopleV3, NoRecord);
        if (failure is not null) return MutationPayload.Failed(failure);
        var v3Id = V3Id(account!);
        var result = await WriteAsync(ctx, person!.Key, async ct =>
        {
            await ctx.Loader<PeopleV3Client>().DeletePersonAsync(v3Id, ct);
            return v3Id;
        }, (deleted, people) => people.Where(p => p.Account.ExternalId != PeopleV3Source.IdOf(deleted)).ToList());
        return result.Errors is null ? MutationPayload.Ok(id!) : result;
    }

    private static PeopleV3PersonInput ReadProfile(MutationInput input, InputChecks checks, string email) => new(
        email,
        input.String("firstName"),
        input.String("lastName"),
        input.String("title"),
        checks.Number("roleId", input.String("roleId")),
        input.String("language"),
        input.Strings("groupIds")?.Select((g, i) => checks.Number($"groupIds[{i}]", g) ?? 0).ToList());

    private static long V3Id(SourceAccount account) => long.Parse(account.ExternalId, System.Globalization.CultureInfo.InvariantCulture);

    // The write's answer is what People v3 now holds, so it is patched into this request's list; a failed or
    // unknown outcome makes the request read every people list again.
    private static async Task<MutationPayload<string>> WriteAsync<T>(
        IResolveFieldContext ctx, string key, Func<CancellationToken, Task<T>> write,
        Func<T, IReadOnlyList<SourcePerson>, IReadOnlyList<SourcePerson>> patch)
    {
        T written;
        try
        {
            written = await write(ctx.CancellationToken);
        }
        catch (UpstreamException failure)
        {
            ctx.PeopleChanged();
            return MutationPayload.Failed(failure);
        }
        catch
        {
            ctx.PeopleChanged();
            throw;
        }

        await ctx.PeopleChangedAsync(UpstreamName.PeopleV3, people => patch(written, people));
        return MutationPayload.Ok(key);
    }
}
