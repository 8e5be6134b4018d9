using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// resolvePersonConflict of ACTIVE to <c>true</c>: the reverse of <see cref="Offboarding"/>, in the chosen systems only,
/// through each system's <see cref="IProfileWriter"/> (Zoho activates the portal user, taking a seat; People v3 lifts
/// the suspension). What is active already is ALREADY_DONE, without a call.
/// </summary>
public sealed class Reactivation(IResolveFieldContext ctx, Person person, IReadOnlyList<UpstreamName> systems, Func<UpstreamName, UpstreamException?> unreadable)
{
    public async Task<IReadOnlyList<SystemResult>> RunAsync()
    {
        var sources = ctx.Loader<SourceCatalog>();
        var results = new List<SystemResult>(systems.Count);
        foreach (var system in systems)
        {
            var inactive = person.Accounts.Where(a => a.Source == system && !a.Active).ToList();
            if (unreadable(system) is { } failure)
                results.Add(SystemResult.Failed(system, failure));
            else if (person.AccountIn(system) is null)
                results.Add(new SystemResult(system, SystemStatus.NotSupported, $"The person has no {system.DisplayName} account; onboardPerson creates one."));
            else if (inactive.Count == 0)
                results.Add(new SystemResult(system, SystemStatus.AlreadyDone, $"Already active in {system.DisplayName}."));
            else
                results.Add(await ActivateAsync(sources[system], inactive));
        }

        return results;
    }

    private async Task<SystemResult> ActivateAsync(ISource source, List<SourceAccount> inactive)
    {
        var system = source.Upstream;
        if (source is not IProfileWriter writer)
            return new SystemResult(system, SystemStatus.NotSupported, $"The gateway has no call that activates an account in {system.DisplayName}.");
        if (writer.ReactivateRefusal is { } refusal) return new SystemResult(system, SystemStatus.NotSupported, refusal);
        try
        {
            foreach (var account in inactive) await writer.ReactivateAsync(account, ctx);
            return new SystemResult(system, SystemStatus.Done, $"Active again in {system.DisplayName}.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(system, failure);
        }
    }
}
