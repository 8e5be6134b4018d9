using System.Text.RegularExpressions;
using Gateway.Graph.Errors;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Tests.Errors;

/// <summary>Every upstream failure reads as one sentence with one piece of advice that fits its reader.</summary>
public sealed partial class UpstreamMessagesTests
{
    // The facts as the upstream clients word them (UpstreamErrors), one per kind.
    public static TheoryData<UpstreamErrorKind, string, int?> Facts => new()
    {
        { UpstreamErrorKind.RateLimited, "Zoho Projects is rate limiting GET /portal/{portalId}/users/.", 3600 },
        { UpstreamErrorKind.RateLimited, "Zoho Projects is rate limiting GET /portal/{portalId}/users/.", null },
        { UpstreamErrorKind.Unavailable, "People v3 is unavailable for GET /v3/people: it answered HTTP 503.", null },
        { UpstreamErrorKind.Timeout, "People v3 did not answer in time for GET /v3/people.", null },
        { UpstreamErrorKind.BadResponse, "People v3 sent an answer to GET /v3/people that does not match its contract.", null },
        { UpstreamErrorKind.Unauthorized, "Worksection refused the gateway's credentials for get_users.", null },
        { UpstreamErrorKind.OutcomeUnknown, "Worksection did not answer in time for add_user, so the change may or may not have been applied.", null },
        { UpstreamErrorKind.Rejected, "Task not found", null },
        { UpstreamErrorKind.NotFound, "Person not found", null },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void FieldAndMutationMessages_AreOneSentence_WithoutRepeats(UpstreamErrorKind kind, string fact, int? retryAfter)
    {
        var failure = new UpstreamException(UpstreamName.PeopleV3, "op", kind, fact, retryAfter is { } s ? TimeSpan.FromSeconds(s) : null);

        foreach (var message in new[] { UpstreamMessages.ForField(failure), UpstreamMessages.ForMutation(failure) })
        {
            Assert.Single(Sentences(message));
            Assert.DoesNotMatch(@"(?i)retry after \d+ s.*retry after", message);
            Assert.DoesNotMatch(@"(?i)before retrying.*before retrying", message);
        }
    }

    [Fact]
    public void RateLimited_SaysTheWaitOnce()
    {
        var failure = new UpstreamException(UpstreamName.ZohoProjects, "GET /portal/{portalId}/users/", UpstreamErrorKind.RateLimited,
            "Zoho Projects is rate limiting GET /portal/{portalId}/users/.", TimeSpan.FromSeconds(3599.2));

        Assert.Equal("Zoho Projects is rate limiting GET /portal/{portalId}/users/; retry after 3600 s.", UpstreamMessages.ForField(failure));
        Assert.Equal("Zoho Projects is rate limiting GET /portal/{portalId}/users/; nothing was changed, retry after 3600 s.",
            UpstreamMessages.ForMutation(failure));
    }

    [Fact]
    public void OutcomeUnknown_AdvisesReadingFirst_Once()
    {
        var failure = new UpstreamException(UpstreamName.Worksection, "add_user", UpstreamErrorKind.OutcomeUnknown,
            "Worksection did not answer in time for add_user, so the change may or may not have been applied.");

        Assert.Equal("Worksection did not answer in time for add_user, so the change may or may not have been applied; read the current state before retrying.",
            UpstreamMessages.ForMutation(failure));
    }

    [Theory]
    [InlineData(UpstreamErrorKind.Unavailable)]
    [InlineData(UpstreamErrorKind.Timeout)]
    [InlineData(UpstreamErrorKind.BadResponse)]
    public void OnlyFieldErrors_MentionTheRestOfTheResponse(UpstreamErrorKind kind)
    {
        var failure = new UpstreamException(UpstreamName.PeopleV3, "GET /v3/people", kind, "People v3 failed GET /v3/people.");

        Assert.Contains("other upstreams", UpstreamMessages.ForField(failure));
        Assert.DoesNotContain("other upstreams", UpstreamMessages.ForMutation(failure));
    }

    // A sentence ends with a full stop followed by a space and a capital, or at the end of the text.
    private static string[] Sentences(string text) => SentenceBreak().Split(text.Trim());

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();
}
