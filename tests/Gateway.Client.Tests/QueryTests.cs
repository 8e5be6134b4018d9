using Gateway.Client;
using PeopleGraph.Client;

namespace Gateway.Client.Tests;

/// <summary>The generated client against the real gateway: typed data, enums, nullability, fragments and variables.</summary>
public sealed class QueryTests(ClientFixture fixture) : IClassFixture<ClientFixture>
{
    private const string Anchor = "patricia.boyle@zillum.com";

    [Fact]
    public async Task GetPerson_AnchorPerson_ReturnsTypedFieldsAndEnums()
    {
        var result = await fixture.PeopleGraph.GetPerson.ExecuteAsync(Anchor);

        result.EnsureNoErrors();
        var person = result.Data!.PersonByEmail!;
        Assert.Equal(Anchor, person.Email);
        Assert.Equal("Patricia Boyle", person.DisplayName);
        Assert.Equal([SourceSystem.Worksection, SourceSystem.ZohoProjects, SourceSystem.PeopleV3], person.Accounts.Select(a => a.Source).Order());
        Assert.All(person.Accounts, a => Assert.False(string.IsNullOrEmpty(a.ExternalId)));
        Assert.NotEmpty(person.Teams);
        Assert.All(person.Teams, t => Assert.True(Enum.IsDefined(t.Kind)));
        Assert.IsAssignableFrom<IPersonCard>(person);
    }

    [Fact]
    public async Task GetPerson_UnknownEmail_ReturnsNullPersonWithoutErrors()
    {
        var result = await fixture.PeopleGraph.GetPerson.ExecuteAsync("nobody@nowhere.example");

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Data);
        Assert.Null(result.Data.PersonByEmail);
    }

    [Fact]
    public async Task GetPeople_WhereAndPaging_ReturnsPagesInOrder()
    {
        var where = new PersonFilterInput { Email = new StringOperationFilterInput { EndsWith = "@zillum.com" } };

        var first = await fixture.PeopleGraph.GetPeople.ExecuteAsync(where, 3, null);
        first.EnsureNoErrors();
        var page = first.Data!.People!;
        var second = await fixture.PeopleGraph.GetPeople.ExecuteAsync(where, 3, page.PageInfo.EndCursor);
        second.EnsureNoErrors();

        Assert.Equal(3, page.Nodes!.Count);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.True(page.TotalCount > 6);
        var emails = page.Nodes.Concat(second.Data!.People!.Nodes!).Select(p => p.Email).ToList();
        Assert.All(emails, e => Assert.EndsWith("@zillum.com", e));
        Assert.Equal(emails.Order(StringComparer.Ordinal), emails);
        Assert.Equal(6, emails.Distinct().Count());
        Assert.All(page.Nodes, n => Assert.NotEmpty(n.Accounts));
    }

    [Fact]
    public async Task GetPeople_FilterOnEmail_FindsTheAnchorThroughTheFragmentInterface()
    {
        var where = new PersonFilterInput { Email = new StringOperationFilterInput { Eq = Anchor } };

        var result = await fixture.PeopleGraph.GetPeople.ExecuteAsync(where, null, null);

        result.EnsureNoErrors();
        IPersonCard card = Assert.Single(result.Data!.People!.Nodes!);
        Assert.Equal(Anchor, card.Email);
        Assert.True(card.Active);
    }

    [Fact]
    public async Task GetNode_PersonId_ReturnsThePersonClassChosenByTypename()
    {
        var person = (await fixture.PeopleGraph.GetPerson.ExecuteAsync(Anchor)).Data!.PersonByEmail!;

        var result = await fixture.PeopleGraph.GetNode.ExecuteAsync(person.Id);

        result.EnsureNoErrors();
        var node = Assert.IsAssignableFrom<IGetNode_Node_Person>(result.Data!.Node);
        Assert.Equal(person.Id, node.Id);
        Assert.Equal(Anchor, node.Email);
    }

    [Fact]
    public async Task GetNode_InvalidId_ReportsTheErrorThroughErrorsAndEnsureNoErrors()
    {
        var result = await fixture.PeopleGraph.GetNode.ExecuteAsync("not-a-global-id");

        var error = Assert.Single(result.Errors);
        Assert.False(string.IsNullOrEmpty(error.Message));
        Assert.NotNull(error.Code);
        Assert.Equal(["node"], error.Path!);
        var thrown = Assert.Throws<GraphQLClientException>(result.EnsureNoErrors);
        Assert.Same(error, Assert.Single(thrown.Errors));
    }

    [Fact]
    public async Task GetUpstreams_AllEmulatorsUp_ReportsEachReachable()
    {
        var result = await fixture.PeopleGraph.GetUpstreams.ExecuteAsync();

        result.EnsureNoErrors();
        Assert.Equal([SourceSystem.Worksection, SourceSystem.ZohoProjects, SourceSystem.PeopleV3], result.Data!.Upstreams.Select(u => u.Source));
        Assert.All(result.Data.Upstreams, u => Assert.True(u.Reachable));
        Assert.All(result.Data.Upstreams, u => Assert.Null(u.ErrorCode));
    }
}
