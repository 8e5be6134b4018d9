namespace Gateway.Graph.People;

/// <summary>A mutation result that names the person it changed, for <see cref="PeopleMutationContext.PersonField"/>.</summary>
public interface IPersonOutcome
{
    string PersonKey { get; }
}
