using Gateway.Graph.Errors;

namespace Gateway.Graph.Tests.Errors;

public sealed class InputEchoTests
{
    [Theory]
    [InlineData("owner")]
    [InlineData("Équipe Nord")]
    [InlineData("UHJvamVjdDp6b2hvOjE=")]
    public void VisibleShortText_IsQuoted(string value) => Assert.Equal($"'{value}'", InputEcho.Quote(value));

    [Theory]
    [InlineData("ad\u202Emin")]
    [InlineData("ad\0min")]
    [InlineData("ad\u200Bmin")]
    [InlineData("line\nbreak")]
    [InlineData("\U0001F600")]
    [InlineData("' OR 1=1 --")]
    [InlineData("")]
    public void AnythingElse_IsDescribedNotQuoted(string value)
    {
        var echo = InputEcho.Quote(value);

        Assert.Equal(InputEcho.Unshowable, echo);
    }

    [Fact]
    public void LongerThanAName_IsNotQuoted() => Assert.Equal(InputEcho.Unshowable, InputEcho.Quote(new string('a', InputEcho.MaxQuotedLength + 1)));
}
