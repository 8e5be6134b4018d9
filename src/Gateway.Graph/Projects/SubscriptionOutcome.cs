using Gateway.Graph.People;

namespace Gateway.Graph.Projects;

/// <summary>The result of subscribeToTask / unsubscribeFromTask: who, and whether they now follow the task.</summary>
public sealed record SubscriptionOutcome(string PersonKey, bool Subscribed) : IPersonOutcome;
