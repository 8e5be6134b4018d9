using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Emulators.Worksection;

namespace Gateway.Emulators.Tests.Support;

/// <summary>Builds requests the way the real clients do: signed Worksection queries and the two auth headers.</summary>
public sealed class UpstreamCalls(EmulatorHost host, HttpClient http)
{
    /// <summary>A signed Worksection GET; values are encoded with Uri.EscapeDataString as the contract's clients do.</summary>
    public Task<HttpResponseMessage> WorksectionAsync(params (string Name, string Value)[] parameters) =>
        http.GetAsync(WorksectionUrl(parameters), CancellationToken.None);

    public Uri WorksectionUrl(params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var hash = WorksectionHash.Compute(query, host.Options.WorksectionApiKey);
        return new Uri(host.WorksectionBaseUrl, $"?{query}&hash={hash}");
    }

    /// <summary>Sends a signed Worksection call and returns the parsed envelope.</summary>
    public async Task<JsonElement> WorksectionJsonAsync(params (string Name, string Value)[] parameters)
    {
        using var response = await WorksectionAsync(parameters);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public HttpRequestMessage Zoho(HttpMethod method, string relative, IDictionary<string, string>? form = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, new Uri(host.ZohoBaseUrl, relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token ?? host.Options.ZohoAccessToken);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return request;
    }

    public string ZohoPortal(string relative) => $"portal/{host.Options.ZohoPortalId}/{relative}";

    /// <summary>Every page of a Zoho list (<paramref name="relative"/> ends in <c>?…&amp;</c> or <c>?</c>), 200 records a page.</summary>
    public async Task<(string Raw, List<JsonElement> Items)> ZohoAllPagesAsync(string relative, string property)
    {
        var raw = new List<string>();
        var items = new List<JsonElement>();
        for (var index = 1; ; index += 200)
        {
            var (_, page) = await SendAsync(Zoho(HttpMethod.Get, ZohoPortal($"{relative}index={index}&range=200")));
            raw.Add(page.GetRawText());
            var records = page.GetProperty(property).EnumerateArray().ToList();
            items.AddRange(records);
            if (records.Count < 200) return (string.Join("\n", raw), items);
        }
    }

    public HttpRequestMessage PeopleV3(HttpMethod method, string relative, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, new Uri(host.PeopleV3BaseUrl, relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? host.Options.PeopleV3AccessToken);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, body);
    }
}
