using System.Globalization;
using GraphQL;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.Sources.PeopleV3;

/// <summary>
/// Onboarding creates the record, or reinstates a suspended one rather than duplicating it; offboarding suspends
/// (the default) or deletes it.
/// </summary>
public sealed partial class PeopleV3Source : IAccountLifecycle
{
    public Task<IOnboardingStep> PrepareOnboardingAsync(OnboardingPlan plan, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult<IOnboardingStep>(new OnboardingStep(Client, plan, context.CancellationToken));
    }

    public async Task<SystemResult> OffboardAsync(Person? person, OffboardingRequest request, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var account = person?.AccountIn(Upstream);
        if (account is null) return new SystemResult(Upstream, SystemStatus.AlreadyDone, "No People v3 record.");
        if (request.PeopleV3 == PeopleV3Offboarding.Suspend && !account.Active) return new SystemResult(Upstream, SystemStatus.AlreadyDone, "Already suspended.");
        var id = long.Parse(account.ExternalId, CultureInfo.InvariantCulture);
        try
        {
            if (request.PeopleV3 == PeopleV3Offboarding.Delete)
            {
                await Client.DeletePersonAsync(id, context.CancellationToken);
                return new SystemResult(Upstream, SystemStatus.Done, "Record deleted.");
            }

            await Client.UpdatePersonAsync(id, new PeopleV3PersonInput(account.Email, Suspended: true), context.CancellationToken);
            return new SystemResult(Upstream, SystemStatus.Done, "Record suspended.");
        }
        catch (UpstreamException failure)
        {
            return SystemResult.Failed(Upstream, failure);
        }
    }

    private sealed class OnboardingStep(PeopleV3Client v3, OnboardingPlan plan, CancellationToken ct) : IOnboardingStep
    {
        public IEnumerable<MutationError> Check(Partial<PeopleDirectory> people, Person? person) => [];

        public async Task<SystemResult> WriteAsync(Person? person)
        {
            var system = UpstreamName.PeopleV3;
            var account = person?.AccountIn(system);
            if (account is { Active: true }) return new SystemResult(system, SystemStatus.AlreadyDone, "Already in People v3.");
            try
            {
                if (account is not null)
                {
                    // An offboarded (suspended) record is reinstated rather than duplicated.
                    await v3.UpdatePersonAsync(long.Parse(account.ExternalId, CultureInfo.InvariantCulture), new PeopleV3PersonInput(account.Email, Suspended: false), ct);
                    return new SystemResult(system, SystemStatus.Done, "Suspended record reinstated.");
                }

                await v3.CreatePersonAsync(new PeopleV3PersonInput(plan.Email, plan.FirstName, plan.LastName, plan.Title,
                    plan.PeopleV3RoleId, plan.PeopleV3Language, plan.PeopleV3GroupIds), ct);
                return new SystemResult(system, SystemStatus.Done, "Created.");
            }
            catch (UpstreamException failure)
            {
                return SystemResult.Failed(system, failure);
            }
        }
    }
}
