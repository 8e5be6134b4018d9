using System.Globalization;
using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;
using Gateway.Upstreams.ZohoProjects;

namespace Gateway.Graph.Provenance;

/// <summary>
/// resolvePersonConflict of ACTIVE to <c>true</c>: the reverse of <see cref="Offboarding"/>, in the chosen systems only.
/// Zoho activates the portal user (taking a seat), People v3 lifts the suspension; a listed Worksection user is active
/// already. What is active already is ALREADY_DONE, without a call.
/// </summary>
public sealed class Reactivation(IResolveFieldContext ctx, Person person, IReadOnlyList<UpstreamName> systems, Func<UpstreamName, UpstreamException?> unreadable)
{
    public async Task<IReadOnlyList<SystemResult>> RunAsync()
    {
        var results = new List<SystemResult>(systems.Count);
        foreach (var system in systems)
        {
            var inactive = person.Accounts.Where(a => a.Source == system && !a.Active).ToList();
            if (unreadable(system) is { } failure)
                results.Add(SystemResult.Failed(system, failure));
            else if (person.Accounts.All(a => a.Source != system))
                results.Add(new SystemResult(system, SystemStatus.NotSupported, $"The person has no {system.DisplayName} account; onboardPerson creates one."));
            else if (inactive.Count == 0)
                results.Add(new SystemResult(system, SystemStatus.AlreadyDone, $"Already active in {system.DisplayName}."));
            else
                results.Add(await ActivateAsync(system, inactive));
        }

        return results;
    }

    private async Task<SystemResult> ActivateAsync(UpstreamName system, List<Sources.SourceAccount> inactive)
    {
        try
        {
            foreach (var account in inactive)
            {
                if (system == UpstreamName.ZohoProjects)
                    await ctx.Loader<ZohoProjectsClient>().ActivateUserAsync(account.ExternalId, ctx.CancellationToken);
                else if (system == UpstreamName.PeopleV3)
                    await ctx.Loader<PeopleV3Client>().UpdatePersonAsync(
                        long.Parse(account.ExternalId, CultureInfo.InvariantCulture), new PeopleV3PersonInput(account.Email, Suspended: false), ctx.CancellationToken);
                else
                    return new SystemResult(system, SystemStatus.NotSupported, $"The gateway has no call that activates an account in {system.DisplayName}.");
            }

            return new SystemResult(system, SystemStatus.Done, system == UpstreamName.ZohoProjects ? "Portal user activated." : "Suspension lifted.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(system, failure);
        }
    }
}
