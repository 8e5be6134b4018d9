using GraphQL;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.EndToEnd.Tests.Sources;

/// <summary>
/// A fourth, test-only people system, plugged in through the source seam alone: an adapter over an in-memory
/// directory (a fake at the edge) that can be switched off to play an outage.
/// </summary>
public sealed class HrSource(HrDirectory directory) : ISourceAdapter, IPeopleSource, IAccountLifecycle
{
    public static UpstreamName Hr { get; } = new("hr", "HR System");

    public static SourceIdentity Identity { get; } = new(Hr, "HR_SYSTEM", "A test-only HR system.", "Upstreams:Hr");

    public UpstreamName Upstream => Hr;

    public Task<SourceProbe> ProbeAsync(CancellationToken cancellationToken) =>
        Task.FromResult(directory.Down ? throw Unavailable("GET /people?limit=1") : new SourceProbe());

    public Task<IReadOnlyList<SourcePerson>> GetPeopleAsync(CancellationToken cancellationToken) =>
        Task.FromResult(directory.Down ? throw Unavailable("GET /people") : directory.People);

    public Task<IOnboardingStep> PrepareOnboardingAsync(OnboardingPlan plan, IResolveFieldContext context) =>
        Task.FromResult<IOnboardingStep>(new Step(directory, plan));

    public Task<SystemResult> OffboardAsync(Person? person, OffboardingRequest request, IResolveFieldContext context) =>
        Task.FromResult(new SystemResult(Hr, SystemStatus.NotSupported, "The HR system keeps leavers."));

    private static UpstreamException Unavailable(string operation) =>
        new(Hr, operation, UpstreamErrorKind.Unavailable, $"HR System is unavailable for {operation}: connection refused.");

    private sealed class Step(HrDirectory directory, OnboardingPlan plan) : IOnboardingStep
    {
        public IEnumerable<MutationError> Check(Partial<PeopleDirectory> people, Person? person) => [];

        public Task<SystemResult> WriteAsync(Person? person)
        {
            if (person?.AccountIn(Hr) is not null) return Task.FromResult(new SystemResult(Hr, SystemStatus.AlreadyDone, "Already in the HR system."));
            directory.Add(plan.Email, plan.FirstName, plan.LastName, department: null);
            return Task.FromResult(new SystemResult(Hr, SystemStatus.Done, "Created."));
        }
    }
}

/// <summary>The HR system's records; shared by the adapters of every request of one gateway.</summary>
public sealed class HrDirectory
{
    private readonly Lock _gate = new();

    public bool Down { get; set; }

    public IReadOnlyList<SourcePerson> People { get; private set; } = [];

    public void Add(string email, string? firstName, string? lastName, string? department)
    {
        lock (_gate)
        {
            var id = "hr-" + (People.Count + 1);
            People = [.. People, new SourcePerson(
                new SourceAccount(HrSource.Hr, id, email, null, "employee", Active: true),
                new PersonProfile { FirstName = firstName, LastName = lastName, DisplayName = PersonProfile.FullName(firstName, lastName), Department = department },
                [])];
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            People = [];
            Down = false;
        }
    }
}
