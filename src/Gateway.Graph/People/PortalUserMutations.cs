using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources.ZohoProjects;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.People;

/// <summary>Zoho Projects <c>POST /portal/{portalId}/users/activate/</c> as activatePortalUser and deactivatePortalUser.</summary>
public sealed class PortalUserMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add(mutation, "activatePortalUser", "Activates a person's Zoho Projects portal user, so they take a seat and can work again.", active: true);
        Add(mutation, "deactivatePortalUser", "Deactivates a person's Zoho Projects portal user, freeing their seat; their project memberships stay.", active: false);
    }

    private static void Add(ObjectGraphType mutation, string name, string description, bool active) =>
        mutation.Mutation<string>(name, description + " The Zoho user is found through the people directory by person id or email.")
            .Input(input =>
            {
                input.Field<IdGraphType>("personId").Description("The person's global id; give this or `email`.");
                input.Field<StringGraphType>("email").Description("The person's email; give this or `personId`.");
            })
            .Payload(payload => payload.PersonField("The person, re-read after the change."))
            .Errors(typeof(RequiredFieldErrorType), typeof(InvalidEmailErrorType), typeof(InvalidIdErrorType), typeof(UnknownPersonErrorType))
            .SerializedPer(input => WriteTargets.Person(input))
            .Resolve((ctx, input) => SetActiveAsync(ctx, input, active));

    private static async Task<MutationPayload<string>> SetActiveAsync(IResolveFieldContext ctx, MutationInput input, bool active)
    {
        var checks = new InputChecks();
        var person = PersonReference.Read(input, checks);
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var (found, account, failure) = await ctx.FindAccountAsync(person!, UpstreamName.ZohoProjects, ZohoProjectsSource.NoPortalUser);
        if (failure is not null) return MutationPayload.Failed(failure);
        try
        {
            var zoho = ctx.Loader<ZohoProjectsClient>();
            await (active ? zoho.ActivateUserAsync(account!.ExternalId, ctx.CancellationToken) : zoho.DeactivateUserAsync(account!.ExternalId, ctx.CancellationToken));
            return MutationPayload.Ok(found!.Key);
        }
        catch (UpstreamException upstream)
        {
            return MutationPayload.Failed(upstream);
        }
        finally
        {
            ctx.PeopleChanged();
        }
    }
}
