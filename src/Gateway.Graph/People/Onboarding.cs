using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.Sources;

namespace Gateway.Graph.People;

/// <summary>
/// onboardPerson: creates one person in each chosen system. Reads come first (people, and what each system needs, side
/// by side), so an unknown team or project, or no Zoho seat left, stops everything before any write, and whatever
/// exists already is ALREADY_DONE: re-running after a partial failure completes the rest without duplicates. The
/// systems are written side by side; each system's part is its adapter's <see cref="IAccountLifecycle"/>.
/// </summary>
public sealed class Onboarding(IResolveFieldContext ctx, OnboardingPlan plan)
{
    public async Task<MutationPayload<CrossSystemOutcome>> RunAsync()
    {
        var sources = ctx.Loader<SourceCatalog>();
        var peopleTask = ctx.PeopleAsync();
        var stepsTask = Task.WhenAll(plan.Systems.Select(system => sources.Get<IAccountLifecycle>(system).PrepareOnboardingAsync(plan, ctx)));
        var people = await peopleTask;
        var steps = await stepsTask;
        var person = people.Value.FindByEmail(plan.Email);

        var errors = steps.SelectMany(step => step.Check(people, person)).ToList();
        if (errors.Count > 0) return MutationPayload.Failed(errors);

        var results = await Task.WhenAll(plan.Systems.Zip(steps).Select(s => people.FailureOf(s.First) is { } unreadable
            ? Task.FromResult(SystemResult.Failed(s.First, unreadable))
            : s.Second.WriteAsync(person)));
        ctx.PeopleChanged();
        return MutationPayload.Ok(new CrossSystemOutcome(EmailKey.Normalize(plan.Email), results));
    }
}
