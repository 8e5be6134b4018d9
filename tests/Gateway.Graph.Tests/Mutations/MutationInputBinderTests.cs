using GraphQL.Types;
using Gateway.Graph.Contacts;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Tests.Mutations;

public sealed class MutationInputBinderTests
{
    [Fact]
    public void Bind_TrimsStrings_MapsCamelCaseFields_LeavesOmittedNull()
    {
        var input = MutationInputBinder.Bind<AddContactInput>(new Dictionary<string, object?>
        {
            ["email"] = "  ada@example.com ", ["name"] = "Ada Lovelace", ["address2"] = " Flat 2 ", ["phone"] = null,
        });

        Assert.Equal(new AddContactInput("ada@example.com", "Ada Lovelace", null, null, null, null, null, null, null, "Flat 2"), input);
    }

    [Fact]
    public void Bind_NestedInputsAndLists_KeepsItemsAsParsed()
    {
        var input = MutationInputBinder.Bind<OnboardPersonInput>(new Dictionary<string, object?>
        {
            ["email"] = "ada@example.com",
            ["systems"] = new List<object?> { UpstreamName.ZohoProjects, UpstreamName.PeopleV3 },
            ["zohoProjects"] = new Dictionary<string, object?> { ["projectIds"] = new List<object?> { " 17 ", 18, null }, ["rate"] = 12.5m },
        });

        Assert.Equal([UpstreamName.ZohoProjects, UpstreamName.PeopleV3], input.Systems);
        Assert.Equal(["17", "18", ""], input.ZohoProjects!.ProjectIds);
        Assert.Equal(12.5m, input.ZohoProjects.Rate);
        Assert.Null(input.ZohoProjects.Role);
        Assert.Null(input.Worksection);
    }

    [Fact]
    public void Bind_Optional_TellsOmittedFromNullFromValue()
    {
        var input = MutationInputBinder.Bind<UpdatePersonInput>(new Dictionary<string, object?>
        {
            ["id"] = "UGVyc29uOjE=", ["title"] = null, ["suspended"] = false, ["groupIds"] = new List<object?> { "4" },
        });

        Assert.False(input.FirstName.IsSet);
        Assert.True(input.Title.IsSet);
        Assert.False(input.Title.HasValue);
        Assert.True(input.Suspended.HasValue);
        Assert.False(input.Suspended.Value);
        Assert.Equal(["4"], input.GroupIds.Value);
        Assert.True(input.ChangesSomething);
    }

    [Fact]
    public void UpdatePersonInput_OnlyNullFields_ChangesNothing()
    {
        var input = MutationInputBinder.Bind<UpdatePersonInput>(new Dictionary<string, object?> { ["id"] = "x", ["title"] = null, ["suspended"] = null });

        Assert.False(input.ChangesSomething);
    }

    [Fact]
    public void EnsureMatches_RecordMissingAField_FailsNamingBoth()
    {
        var type = new InputObjectGraphType { Name = "CreateContactFolderInput" };
        type.Field<StringGraphType>("title");
        type.Field<StringGraphType>("parent");

        var failure = Assert.Throws<InvalidOperationException>(() => MutationInputBinder.EnsureMatches(typeof(CreateContactFolderInput), type));

        Assert.Contains("CreateContactFolderInput", failure.Message);
        Assert.Contains("parent", failure.Message);
        var matching = new InputObjectGraphType { Name = "CreateContactFolderInput" };
        matching.Field<StringGraphType>("title");
        MutationInputBinder.EnsureMatches(typeof(CreateContactFolderInput), matching);
    }
}
