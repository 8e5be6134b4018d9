using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>
/// Zoho's paging of every GET list: <c>index</c> is the first record (1-based, default 1), <c>range</c> the records per
/// page (default 100, at most 200). An index past the end gives an empty list, as the real API's does, so a client
/// that reads only the first page visibly loses records.
/// </summary>
internal static class ZohoPaging
{
    public const int DefaultRange = 100;

    public const int MaxRange = 200;

    /// <summary>The requested page of <paramref name="records"/>, or the invalid-parameter error to answer with.</summary>
    public static bool TryPage<T>(HttpRequest request, IReadOnlyList<T> records, out List<T> page, out IResult? error)
    {
        page = [];
        error = null;
        if (!TryRead(request, "index", 1, int.MaxValue, out var index))
        {
            error = ZohoRequest.InvalidParameter("index");
            return false;
        }

        if (!TryRead(request, "range", DefaultRange, MaxRange, out var range))
        {
            error = ZohoRequest.InvalidParameter("range");
            return false;
        }

        page = records.Skip(index - 1).Take(range).ToList();
        return true;
    }

    private static bool TryRead(HttpRequest request, string name, int fallback, int max, out int value)
    {
        value = fallback;
        var given = request.Query[name].ToString();
        if (given.Length == 0)
        {
            return true;
        }

        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }
}
