using System.Globalization;

namespace Gateway.Graph.People;

/// <summary>An hour offset from UTC (5.5) as ISO 8601 text (<c>+05:30</c>).</summary>
public static class UtcOffset
{
    public static string? Format(decimal? hours)
    {
        if (hours is not { } value)
        {
            return null;
        }

        var minutes = (int)Math.Round(Math.Abs(value) * 60m, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{(value < 0 ? '-' : '+')}{minutes / 60:00}:{minutes % 60:00}");
    }
}
