using Gateway.Graph.People;

namespace Gateway.Graph.Tests.People;

public sealed class UtcOffsetTests
{
    [Theory]
    [InlineData("5.5", "+05:30")]
    [InlineData("5.75", "+05:45")]
    [InlineData("-3.5", "-03:30")]
    [InlineData("0", "+00:00")]
    [InlineData("-10", "-10:00")]
    [InlineData("14", "+14:00")]
    public void Format_HourOffset_IsIso8601WithMinutes(string hours, string expected) =>
        Assert.Equal(expected, UtcOffset.Format(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_NoOffset_IsNull() => Assert.Null(UtcOffset.Format(null));
}
