using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Authorization;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Projects;

/// <summary>Worksection <c>subscribe</c> and <c>unsubscribe</c>: a Worksection account user follows a task, or stops following it.</summary>
public sealed class TaskSubscriptionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add(mutation, "subscribeToTask", "Subscribes a Worksection account user to a task (`subscribe`), so they get its notifications.", subscribe: true);
        Add(mutation, "unsubscribeFromTask", "Unsubscribes a Worksection account user from a task (`unsubscribe`).", subscribe: false);
    }

    private static void Add(ObjectGraphType mutation, string name, string description, bool subscribe) =>
        mutation.Mutation<SubscriptionOutcome>(name, description)
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("projectId").Description("The Worksection project id, as in the task's URL `/project/{projectId}/{taskId}/`.");
                input.Field<NonNullGraphType<IdGraphType>>("taskId").Description("The Worksection task id.");
                input.Field<NonNullGraphType<StringGraphType>>("email").Description("The account user's email.");
            })
            .Payload(payload =>
            {
                payload.Field<BooleanGraphType>("subscribed").Description("Whether the person now follows the task.").ReportsWrite()
                    .Resolve(ctx => ctx.Source.Value?.Subscribed);
                payload.PersonField("The person who was (un)subscribed.");
            })
            .Errors(typeof(RequiredFieldErrorType), typeof(InvalidEmailErrorType), typeof(InvalidIdErrorType), typeof(UnknownPersonErrorType))
            .SerializedPer(input => WriteTargets.Person(input))
            .Resolve((ctx, input) => SubscribeAsync(ctx, input, subscribe));

    private static async Task<MutationPayload<SubscriptionOutcome>> SubscribeAsync(IResolveFieldContext ctx, MutationInput input, bool subscribe)
    {
        var checks = new InputChecks();
        var projectId = checks.Number("projectId", checks.Required(input, "projectId"));
        var taskId = checks.Number("taskId", checks.Required(input, "taskId"));
        var email = checks.Email(input, "email");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var people = await ctx.PeopleAsync();
        if (people.FailureOf(UpstreamName.Worksection) is { } unreadable) return MutationPayload.Failed(unreadable);
        var person = people.Value.FindByEmail(email!);
        var account = person?.Accounts.FirstOrDefault(a => a.Source == UpstreamName.Worksection);
        if (account is null)
        {
            return MutationPayload.Failed(new UnknownPersonError($"'{email}' is not a Worksection account user; invite them with `inviteUser` first.", email!));
        }

        var page = WorksectionClient.TaskPage(projectId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            taskId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var worksection = ctx.Loader<WorksectionClient>();
            await (subscribe ? worksection.SubscribeAsync(page, account.Email, ctx.CancellationToken) : worksection.UnsubscribeAsync(page, account.Email, ctx.CancellationToken));
            return MutationPayload.Ok(new SubscriptionOutcome(person!.Key, subscribe));
        }
        catch (UpstreamException failure)
        {
            return MutationPayload.Failed(failure);
        }
    }
}
