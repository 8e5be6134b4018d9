using Gateway.Graph.DataLoading;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Graph.ChangeFeed;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live changes. Served over GraphQL over SSE (`POST /graphql` with `Accept: text/event-stream`) and WebSocket (`graphql-transport-ws`).";
        Field<NonNullGraphType<PersonChangeEventType>>("personChanged")
            .Description("People added, changed or removed in any upstream, and team memberships. With `after`, the events since that cursor come first, then live ones, in log order.")
            .Argument<PersonChangeEventFilterInputType>("where", "Only events matching this filter.")
            .Argument<StringGraphType>("after", "Resume after this event `cursor` (from `changes` or an earlier event).")
            .ResolveStreamAsync(async context =>
            {
                var filter = ChangeFeedArguments.Where(context);
                var hub = context.Loader<ChangeFeedHub>();
                // Without `after`, "live" starts here, before the transport answers: an event committed after the client
                // saw its subscription accepted is never missed.
                var after = ChangeFeedArguments.After(context) ?? await hub.HeadAsync(context.CancellationToken);
                return new AsyncEnumerableObservable<ChangeLogEntry>(cancellation => hub.FollowAsync(after, filter, cancellation));
            });
    }
}
