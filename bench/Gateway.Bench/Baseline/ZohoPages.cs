using System.Text.Json;

namespace Gateway.Bench.Baseline;

/// <summary>
/// One Zoho list read page by page (<c>index</c>/<c>range</c>): the parsed pages and their records in order, up to
/// the first short page.
/// </summary>
public sealed class ZohoPages(IReadOnlyList<JsonDocument> pages, string property) : IDisposable
{
    public const int PageSize = 200;

    public IEnumerable<JsonElement> Items
    {
        get
        {
            foreach (var page in pages)
            {
                var records = page.RootElement.GetProperty(property);
                foreach (var record in records.EnumerateArray()) yield return record;
                if (records.GetArrayLength() != PageSize) yield break;
            }
        }
    }

    public int Count => Items.Count();

    public void Dispose()
    {
        foreach (var page in pages) page.Dispose();
    }
}
