using Gateway.Testing;
using System.Text.Json;

namespace Gateway.EndToEnd.Tests.ChangeFeed;

/// <summary>Reading <c>PersonChangeEvent</c> results as the tests select them (<see cref="ChangeFeedFixture.Subscription"/>).</summary>
internal static class Events
{
    public static JsonElement Event(JsonElement result) => result.GetProperty("data").GetProperty("personChanged");

    public static string? NewValue(JsonElement changeEvent, string field) =>
        changeEvent.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("field").GetString() == field)
            .Select(c => c.GetProperty("newValue").GetString()).FirstOrDefault();

    /// <summary>Whether the event is the PERSON_UPDATED of a title change to <paramref name="title"/>, sourced from People v3.</summary>
    public static bool IsTitleChange(JsonElement changeEvent, string title) =>
        changeEvent.GetProperty("kind").GetString() == "PERSON_UPDATED"
        && changeEvent.GetProperty("changes").EnumerateArray().Any(c =>
            c.GetProperty("field").GetString() == "title" && c.GetProperty("newValue").GetString() == title
            && c.GetProperty("source").GetString() == "PEOPLE_V3");

    /// <summary>Reads SSE events until the title change arrives; other events (another test's) are skipped.</summary>
    public static async Task<JsonElement> TitleChangeAsync(SseSubscriber subscriber, string title, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var result = await subscriber.NextAsync(deadline - DateTime.UtcNow) ?? throw new InvalidOperationException("The stream completed.");
            if (IsTitleChange(Event(result), title))
                return Event(result);
        }
    }

    public static async Task<JsonElement> TitleChangeAsync(WebSocketSubscriber subscriber, string id, string title, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = await subscriber.ReceiveAsync("next", id, deadline - DateTime.UtcNow);
            var changeEvent = Event(next.GetProperty("payload"));
            if (IsTitleChange(changeEvent, title))
                return changeEvent;
        }
    }
}
