using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Contacts;

/// <summary>Worksection <c>add_contact</c> and <c>add_contact_group</c> as addContact and createContactFolder.</summary>
public sealed class ContactMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<string>("addContact", "Adds a Worksection contact (`add_contact`): someone the company deals with who gets no account.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("email").Description("The contact's email.");
                input.Field<NonNullGraphType<StringGraphType>>("name").Description("First and last name.");
                input.Field<StringGraphType>("title").Description("Position.");
                input.Field<StringGraphType>("folder").Description("The name of an existing contact folder; Worksection's first folder when omitted.");
                input.Field<StringGraphType>("phone").Description("Main phone.");
                input.Field<StringGraphType>("officePhone").Description("Office phone.");
                input.Field<StringGraphType>("mobilePhone").Description("Mobile phone.");
                input.Field<StringGraphType>("homePhone").Description("Home phone.");
                input.Field<StringGraphType>("address").Description("Main address.");
                input.Field<StringGraphType>("address2").Description("Second address.");
            })
            .Payload(payload => payload.Field<ContactType>("contact").Description("The added contact.")
                .Resolve(ctx => ctx.Source.Value is string id ? ctx.Loader<ContactsDataLoader>().LoadAsync().Then(c => c.FirstOrDefault(x => x.Id == id)) : null))
            .Errors(typeof(InvalidEmailErrorType), typeof(RequiredFieldErrorType), typeof(UnknownFolderErrorType))
            .SerializedPer(input => WriteTargets.Named("contact", input, "email"))
            .Resolve(AddContactAsync);

        mutation.Mutation<string>("createContactFolder", "Creates a Worksection contact folder (`add_contact_group`).")
            .Input(input => input.Field<NonNullGraphType<StringGraphType>>("title").Description("The folder's name."))
            .Payload(payload => payload.Field<ContactFolderType>("folder").Description("The created folder.")
                .Resolve(ctx => ctx.Source.Value is string id ? ctx.Loader<ContactFoldersDataLoader>().LoadAsync().Then(f => f.FirstOrDefault(x => x.Id == id)) : null))
            .Errors(typeof(RequiredFieldErrorType))
            .SerializedPer(input => WriteTargets.Named("folder", input, "title"))
            .Resolve(CreateFolderAsync);
    }

    private static async Task<MutationPayload<string>> AddContactAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var email = checks.Email(input, "email");
        var name = checks.Required(input, "name");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var folder = input.String("folder");
        if (!string.IsNullOrEmpty(folder))
        {
            IReadOnlyList<ContactFolder> folders;
            try
            {
                folders = await ctx.Loader<ContactFoldersDataLoader>().LoadAsync().GetResultAsync(ctx.CancellationToken);
            }
            catch (UpstreamException failure)
            {
                return MutationPayload.Failed(failure);
            }

            var known = folders.FirstOrDefault(f => string.Equals(f.Title.Trim(), folder, StringComparison.OrdinalIgnoreCase));
            if (known is null) return MutationPayload.Failed(new UnknownFolderError($"Worksection has no contact folder named {InputEcho.Quote(folder)}; create it with `createContactFolder` first.", folder));
            folder = known.Title;
        }

        return await WriteAsync(ctx, async ct => (await ctx.Loader<WorksectionClient>().AddContactAsync(new WorksectionNewContact(
            email!, name!, input.String("title"), folder, input.String("phone"), input.String("officePhone"), input.String("mobilePhone"),
            input.String("homePhone"), input.String("address"), input.String("address2")), ct)).Id);
    }

    private static async Task<MutationPayload<string>> CreateFolderAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var title = checks.Required(input, "title");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);
        return await WriteAsync(ctx, async ct => (await ctx.Loader<WorksectionClient>().AddContactGroupAsync(title!, ct)).Id);
    }

    private static async Task<MutationPayload<string>> WriteAsync(IResolveFieldContext ctx, Func<CancellationToken, Task<string>> write)
    {
        try
        {
            return MutationPayload.Ok(await write(ctx.CancellationToken));
        }
        catch (UpstreamException failure)
        {
            return MutationPayload.Failed(failure);
        }
        finally
        {
            ctx.Loader<ContactsDataLoader>().Clear();
            ctx.Loader<ContactFoldersDataLoader>().Clear();
        }
    }
}
