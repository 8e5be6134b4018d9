using System.Text;
using Gateway.Graph.Relay;
using Gateway.Graph.Tests.Relay.TestGraph;

namespace Gateway.Graph.Tests.Relay;

public sealed class GlobalIdTests
{
    [Fact]
    public void Serialize_HotChocolateFormat()
    {
        Assert.Equal("UGVyc29uOjQy", GlobalId.Serialize("Person", "42"));
    }

    [Theory]
    [InlineData("Person", "42")]
    [InlineData("Team", "group:7")]
    [InlineData("Contact", "jöhn@example.com")]
    public void TryParse_RoundTrips(string typeName, string key)
    {
        Assert.True(GlobalId.TryParse(GlobalId.Serialize(typeName, key), out var parsedType, out var parsedKey));
        Assert.Equal(typeName, parsedType);
        Assert.Equal(key, parsedKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("UGVyc29uOjQy=")]
    [InlineData("bm9jb2xvbg==")]
    [InlineData("OjQy")]
    [InlineData("UGVyc29uOg==")]
    [InlineData("/w==")]
    [InlineData("UGVy c29uOjQy")]
    [InlineData("UGVyc29uOjR=")]
    public void TryParse_Malformed_False(string? id)
    {
        Assert.False(GlobalId.TryParse(id, out var typeName, out var key));
        Assert.Equal(string.Empty, typeName);
        Assert.Equal(string.Empty, key);
    }

    [Fact]
    public void Serialize_TypeNameWithColon_Throws()
    {
        Assert.Throws<ArgumentException>(() => GlobalId.Serialize("A:B", "1"));
    }

    [Fact]
    public async Task NodeField_ResolvesTheIdItWasGiven()
    {
        using var host = new TestGraphHost();
        var id = GlobalId.Serialize("TestItem", "5");

        var response = await host.ExecuteAsync($"{{ node(id: \"{id}\") {{ __typename id ... on TestItem {{ name }} }} }}");

        response.NoErrors();
        var node = response.GetProperty("data").GetProperty("node");
        Assert.Equal("TestItem", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal("alice", node.GetProperty("name").GetString());
        Assert.Equal("TestItem:5", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
    }
}
