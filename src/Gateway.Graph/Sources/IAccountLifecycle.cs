using GraphQL;
using Gateway.Graph.Errors;
using Gateway.Graph.People;

namespace Gateway.Graph.Sources;

/// <summary>
/// An upstream that onboardPerson and offboardPerson act on. The orchestration (reads first, every check before any
/// write, one result per system) is in <see cref="Onboarding"/> and <see cref="Offboarding"/>; what a system does is here.
/// </summary>
public interface IAccountLifecycle : ISource
{
    /// <summary>
    /// Starts the reads onboarding needs in this system (side by side with the people read and the other systems')
    /// and returns the step that checks and writes once the people are known.
    /// </summary>
    Task<IOnboardingStep> PrepareOnboardingAsync(OnboardingPlan plan, IResolveFieldContext context);

    /// <summary>Takes <paramref name="person"/> (null when no readable system knows them) out of this system.</summary>
    Task<SystemResult> OffboardAsync(Person? person, OffboardingRequest request, IResolveFieldContext context);
}

/// <summary>One system's part of an onboarding, after its reads.</summary>
public interface IOnboardingStep
{
    /// <summary>Typed errors that stop every system before any write (e.g. an unknown team); none when the plan can go ahead.</summary>
    IEnumerable<MutationError> Check(Partial<PeopleDirectory> people, Person? person);

    /// <summary>Creates or reinstates the person in this system; ALREADY_DONE when they are there already.</summary>
    Task<SystemResult> WriteAsync(Person? person);
}

/// <summary>The offboardPerson input every system may read; <see cref="PeopleV3"/> says how People v3 treats its record.</summary>
public sealed record OffboardingRequest(PeopleV3Offboarding PeopleV3);
