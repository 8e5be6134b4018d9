using GraphQL;
using GraphQL.Types;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources.ZohoProjects;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.ZohoProjects;
using Microsoft.Extensions.Options;

namespace Gateway.Graph.Projects;

/// <summary>Zoho Projects project users: <c>addProjectMembers</c> (POST …/users/) and <c>updateProjectMemberRole</c> (POST …/users/{userId}/).</summary>
public sealed class ProjectMutations : IMutationFields
{
    /// <summary>The roles a project member may get (zoho-projects-users-api.txt); portal admins are made in Zoho itself.</summary>

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectMembersOutcome>("addProjectMembers", "Adds people to a Zoho project by email; unknown emails become Zoho portal users. " +
                "Existing members are left as they are. At most `Graph:Mutations:MaxEmailsPerCall` emails (default 20) per call.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("projectId").Description("The Zoho project: its `id` from this gateway, or its Zoho id (`externalId`).");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("emails").Description("The emails to add.");
                input.Field<StringGraphType>("role").Description("manager, employee (default) or contractor.");
                input.Field<DecimalGraphType>("rate").Description("Hourly rate in the project; zero or more.");
            })
            .Payload(AddMembersFields)
            .Errors(typeof(RequiredFieldErrorType), typeof(InvalidEmailErrorType), typeof(TooManyEmailsErrorType), typeof(RoleNotAllowedErrorType),
                typeof(InvalidRateErrorType), typeof(InvalidIdErrorType), typeof(UnknownProjectErrorType))
            .SerializedPer(WriteTargets.Project)
            .Resolve(AddMembersAsync);

        mutation.Mutation<ProjectMembersOutcome>("updateProjectMemberRole", "Changes the role of a member of a Zoho project.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("projectId").Description("The Zoho project: its `id` from this gateway, or its Zoho id (`externalId`).");
                input.Field<IdGraphType>("personId").Description("The member's person id; give this or `email`.");
                input.Field<StringGraphType>("email").Description("The member's email; give this or `personId`.");
                input.Field<NonNullGraphType<StringGraphType>>("role").Description("manager, employee or contractor.");
            })
            .Payload(AddMembersFields)
            .Errors(typeof(RequiredFieldErrorType), typeof(InvalidEmailErrorType), typeof(RoleNotAllowedErrorType), typeof(InvalidIdErrorType),
                typeof(UnknownProjectErrorType), typeof(UnknownPersonErrorType))
            .SerializedPer(WriteTargets.Project)
            .Resolve(UpdateRoleAsync);
    }

    private static void AddMembersFields(ObjectGraphType<MutationPayload<ProjectMembersOutcome>> payload)
    {
        payload.Field<ProjectType>("project").Description("The project, re-read after the change.")
            .Resolve(ctx => ctx.Source.Value is { } outcome
                ? ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(d => ctx.Unwrap(d).Find(outcome.ProjectKey))
                : null);
        payload.Field<ListGraphType<NonNullGraphType<ProjectMemberType>>>("members").Description("The memberships of the people named in the input, re-read after the change.")
            .Resolve(ctx => ctx.Source.Value is { } outcome
                ? ctx.Loader<ProjectDirectoryDataLoader>().LoadAsync().Then(d =>
                {
                    var directory = ctx.Unwrap(d);
                    return directory.Find(outcome.ProjectKey) is { } project
                        ? directory.MembersOf(project).Where(m => outcome.PersonKeys.Contains(m.Person.Key)).ToList()
                        : [];
                })
                : null);
    }

    private static async Task<MutationPayload<ProjectMembersOutcome>> AddMembersAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var projectId = ProjectReference.ReadZohoProjectId("projectId", input.String("projectId"), checks);
        var emails = ReadEmails(input, checks, ctx.Loader<IOptions<MutationOptions>>().Value.MaxEmailsPerCall);
        var role = checks.Role(input, "role", ZohoProjectsSource.MemberRoles, "employee");
        var rate = checks.Rate(input, "rate");
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        return await WriteAsync(ctx, projectId!, emails.Select(EmailKey.Normalize).ToList(),
            ct => ctx.Loader<ZohoProjectsClient>().AddProjectUsersAsync(projectId!, emails, role!, rate, ct));
    }

    private static async Task<MutationPayload<ProjectMembersOutcome>> UpdateRoleAsync(IResolveFieldContext ctx, MutationInput input)
    {
        var checks = new InputChecks();
        var projectId = ProjectReference.ReadZohoProjectId("projectId", input.String("projectId"), checks);
        var person = PersonReference.Read(input, checks);
        var role = checks.Role(input, "role", ZohoProjectsSource.MemberRoles, null);
        if (checks.Failed) return MutationPayload.Failed(checks.Errors);

        var (found, account, failure) = await ctx.FindAccountAsync(person!, UpstreamName.ZohoProjects, ZohoProjectsSource.NoPortalUser);
        if (failure is not null) return MutationPayload.Failed(failure);
        var members = await ctx.Loader<ZohoProjectMembersDataLoader>().LoadAsync(projectId!).GetResultAsync(ctx.CancellationToken);
        if (members?.Failure is { } unreadable) return MutationPayload.Failed(ProjectFailure(unreadable, projectId!));
        if (members is null || !members.Users.Any(u => u.Id == account!.ExternalId))
        {
            return MutationPayload.Failed(new UnknownPersonError($"'{person!.Given}' is not a member of Zoho project {projectId}; add them with `addProjectMembers`.", person.Given));
        }

        return await WriteAsync(ctx, projectId!, [found!.Key],
            ct => ctx.Loader<ZohoProjectsClient>().UpdateProjectUserAsync(projectId!, account!.ExternalId, role!, ct));
    }

    private static List<string> ReadEmails(MutationInput input, InputChecks checks, int max)
    {
        var emails = (input.Strings("emails") ?? []).Where(e => e.Length > 0).ToList();
        if (emails.Count == 0) checks.Add(new RequiredFieldError("`emails` must hold at least one email.", "emails"));
        if (emails.Count > max) checks.Add(new TooManyEmailsError($"At most {max} emails per call; got {emails.Count}. Split them over several calls.", max, emails.Count));
        return emails.Select((email, i) => checks.Email(email, input.PathOf($"emails[{i}]"))).OfType<string>().DistinctBy(EmailKey.Normalize).ToList();
    }

    private static async Task<MutationPayload<ProjectMembersOutcome>> WriteAsync<T>(IResolveFieldContext ctx, string projectId, IReadOnlyList<string> personKeys, Func<CancellationToken, Task<T>> write)
    {
        try
        {
            await write(ctx.CancellationToken);
            return MutationPayload.Ok(new ProjectMembersOutcome(ProjectDirectory.KeyOf(UpstreamName.ZohoProjects, projectId), personKeys));
        }
        catch (UpstreamException failure)
        {
            return MutationPayload.Failed(ProjectFailure(failure, projectId));
        }
        finally
        {
            ctx.Loader<ZohoProjectMembersDataLoader>().Clear(projectId);
            ctx.PeopleChanged();
        }
    }

    // Zoho answers 404 for a project id it does not have (zoho-projects-users-api.txt): that is the caller's input, not an outage.
    private static MutationError ProjectFailure(UpstreamException failure, string projectId) => failure.Kind == UpstreamErrorKind.NotFound
        ? new UnknownProjectError($"Zoho Projects has no project {projectId}; list them with `projects`.", projectId)
        : UpstreamError.From(failure);
}
