using System.Globalization;
using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.People;

/// <summary>
/// offboardPerson: takes a person out of each chosen system, side by side. Zoho deactivates the portal user (freeing the
/// seat), People v3 suspends or deletes the record, and Worksection cannot: its admin API v2 has no call to deactivate
/// or remove an account user. Whatever is already off is ALREADY_DONE, so re-running completes a partial run.
/// </summary>
public sealed class Offboarding(IResolveFieldContext ctx, PersonReference reference, IReadOnlyList<UpstreamName> systems, PeopleV3Offboarding peopleV3)
{
    public const string WorksectionNotSupported =
        "The Worksection admin API v2 has no call to deactivate or remove an account user; remove them in Worksection itself.";

    private CancellationToken Ct => ctx.CancellationToken;

    public async Task<MutationPayload> RunAsync()
    {
        var people = await ctx.PeopleAsync();
        var person = reference.FindIn(people.Value);
        if (person is null && people.Failures.Count == 0)
        {
            return MutationPayload.Failed(new UnknownPersonError($"No system knows '{reference.Given}'; nothing to offboard.", reference.Given));
        }

        var results = await Task.WhenAll(systems.Select(system => people.FailureOf(system) is { } unreadable
            ? Task.FromResult(SystemResult.Failed(system, unreadable))
            : system == UpstreamName.Worksection ? Task.FromResult(Onboarding.AccountOf(person, system) is null
                    ? new SystemResult(system, SystemStatus.AlreadyDone, "No Worksection account.")
                    : new SystemResult(system, SystemStatus.NotSupported, WorksectionNotSupported))
            : system == UpstreamName.ZohoProjects ? ZohoAsync(person)
            : PeopleV3Async(person)));
        ctx.PeopleChanged();
        return MutationPayload.Ok(new CrossSystemOutcome(person?.Key ?? reference.MergeKey ?? "", results));
    }

    private async Task<SystemResult> ZohoAsync(Person? person)
    {
        var system = UpstreamName.ZohoProjects;
        var account = Onboarding.AccountOf(person, system);
        if (account is null) return new SystemResult(system, SystemStatus.AlreadyDone, "No Zoho Projects portal user.");
        if (!account.Active) return new SystemResult(system, SystemStatus.AlreadyDone, "Portal user already inactive.");
        try
        {
            await ctx.Loader<ZohoProjectsClient>().DeactivateUserAsync(account.ExternalId, Ct);
            return new SystemResult(system, SystemStatus.Done, "Portal user deactivated; project memberships kept.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(system, failure);
        }
    }

    private async Task<SystemResult> PeopleV3Async(Person? person)
    {
        var system = UpstreamName.PeopleV3;
        var account = Onboarding.AccountOf(person, system);
        if (account is null) return new SystemResult(system, SystemStatus.AlreadyDone, "No People v3 record.");
        if (peopleV3 == PeopleV3Offboarding.Suspend && !account.Active) return new SystemResult(system, SystemStatus.AlreadyDone, "Already suspended.");
        var id = long.Parse(account.ExternalId, CultureInfo.InvariantCulture);
        try
        {
            var v3 = ctx.Loader<PeopleV3Client>();
            if (peopleV3 == PeopleV3Offboarding.Delete)
            {
                await v3.DeletePersonAsync(id, Ct);
                return new SystemResult(system, SystemStatus.Done, "Record deleted.");
            }

            await v3.UpdatePersonAsync(id, new PeopleV3PersonInput(account.Email, Suspended: true), Ct);
            return new SystemResult(system, SystemStatus.Done, "Record suspended.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(system, failure);
        }
    }
}
