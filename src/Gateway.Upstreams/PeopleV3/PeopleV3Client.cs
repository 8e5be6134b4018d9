using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.Common.Http;
using Gateway.Upstreams.Common.Snapshots;
using Gateway.Upstreams.PeopleV3.Wire;

namespace Gateway.Upstreams.PeopleV3;

/// <summary>
/// Typed client of People API v3. GETs are reads and retried; POST, PUT and DELETE are writes and are not. List reads
/// are served from <see cref="UpstreamSnapshots"/>; every write moves the upstream's snapshots on before it returns.
/// </summary>
public sealed class PeopleV3Client(HttpClient http, DecodedReadMemo memo, UpstreamSnapshots snapshots)
{
    private static PeopleV3JsonContext Json => PeopleV3JsonContext.Default;

    public Task<IReadOnlyList<PeopleV3Person>> GetPeopleAsync(CancellationToken ct) =>
        ReadListAsync(Read("GET /v3/people"), "people", Json.ListV3PersonDto, PeopleV3Mapping.ToPerson, ct);

    /// <summary>Throws <see cref="UpstreamErrorKind.NotFound"/> when the person does not exist.</summary>
    public async Task<PeopleV3Person> GetPersonAsync(long id, CancellationToken ct) =>
        PeopleV3Mapping.ToPerson(await SendAsync(Read("GET /v3/people/{id}"), HttpMethod.Get, PersonPath(id), null, Json.V3PersonDto, ct));

    public async Task<PeopleV3Person> CreatePersonAsync(PeopleV3PersonInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = JsonContent.Create(PeopleV3Mapping.ToInput(input), Json.V3PersonInputDto);
        return PeopleV3Mapping.ToPerson(await WriteAsync(Write("POST /v3/people"), HttpMethod.Post, "people", body, Json.V3PersonDto, ct));
    }

    public async Task<PeopleV3Person> UpdatePersonAsync(long id, PeopleV3PersonInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = JsonContent.Create(PeopleV3Mapping.ToInput(input), Json.V3PersonInputDto);
        return PeopleV3Mapping.ToPerson(await WriteAsync(Write("PUT /v3/people/{id}"), HttpMethod.Put, PersonPath(id), body, Json.V3PersonDto, ct));
    }

    /// <summary>204 No Content on success.</summary>
    public async Task DeletePersonAsync(long id, CancellationToken ct)
    {
        try
        {
            await SendAsync(Write("DELETE /v3/people/{id}"), HttpMethod.Delete, PersonPath(id), null, ct);
        }
        finally
        {
            await snapshots.WrittenAsync(UpstreamName.PeopleV3);
        }
    }

    /// <summary>The cheapest read (<c>languages</c>), always from the upstream: for health and <c>upstreams</c>, never a snapshot.</summary>
    public async Task ProbeAsync(CancellationToken ct) =>
        await SendAsync(Read("GET /v3/languages"), HttpMethod.Get, "languages", null, Json.ListV3LanguageDto, ct);

    public Task<IReadOnlyList<PeopleV3Group>> GetGroupsAsync(CancellationToken ct) =>
        ReadListAsync(Read("GET /v3/groups"), "groups", Json.ListV3GroupDto, g => new PeopleV3Group(g.Id, g.Name), ct);

    public Task<IReadOnlyList<PeopleV3Role>> GetRolesAsync(CancellationToken ct) =>
        ReadListAsync(Read("GET /v3/roles"), "roles", Json.ListV3RoleDto, r => new PeopleV3Role(r.Id, r.Name), ct);

    public Task<IReadOnlyList<PeopleV3Language>> GetLanguagesAsync(CancellationToken ct) =>
        ReadListAsync(Read("GET /v3/languages"), "languages", Json.ListV3LanguageDto, l => new PeopleV3Language(l.Code, l.Name), ct);

    private static UpstreamCall Read(string operation) => UpstreamCall.Read(UpstreamName.PeopleV3, operation);

    private static UpstreamCall Write(string operation) => UpstreamCall.Write(UpstreamName.PeopleV3, operation);

    private static string PersonPath(long id) => "people/" + id.ToString(CultureInfo.InvariantCulture);

    // A list read, from its snapshot (keyed by path); a refresh is decoded only when the body differs from the last one.
    private Task<IReadOnlyList<TRecord>> ReadListAsync<TDto, TRecord>(
        UpstreamCall call, string path, JsonTypeInfo<List<TDto>> typeInfo, Func<TDto, TRecord> map, CancellationToken ct) =>
        snapshots.ReadAsync(UpstreamName.PeopleV3, path, async token =>
        {
            var response = await SendAsync(call, HttpMethod.Get, path, null, token, memo.PreviousBody(call, path));
            return await memo.DecodeAsync(call, path, response.Body, body => (IReadOnlyList<TRecord>)UpstreamJson.Parse(call, body, typeInfo)
                .Select(item => item is null ? throw UpstreamErrors.BadResponse(call) : map(item)).ToList());
        }, ct);

    // A write, then the snapshots it may have changed: evicted even when the answer was an error (it may have landed).
    private async Task<T> WriteAsync<T>(
        UpstreamCall call, HttpMethod method, string path, HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken ct)
    {
        try
        {
            return await SendAsync(call, method, path, content, typeInfo, ct);
        }
        finally
        {
            await snapshots.WrittenAsync(UpstreamName.PeopleV3);
        }
    }

    private async Task<T> SendAsync<T>(
        UpstreamCall call, HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T> typeInfo, CancellationToken ct) =>
        UpstreamJson.Parse(call, (await SendAsync(call, method, path, content, ct)).Body, typeInfo);

    // The answer when it is a success; otherwise the typed error, with v3's validation message for 400/422.
    private async Task<UpstreamResponse> SendAsync(
        UpstreamCall call, HttpMethod method, string path, HttpContent? content, CancellationToken ct, byte[]? previousBody = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var response = await UpstreamHttp.SendAsync(http, request, call, ct, previousBody);
        if (response.IsSuccess)
        {
            return response;
        }

        var message = response.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity
            ? PeopleV3Mapping.RejectionMessage(UpstreamJson.TryParse(response.Body, Json.V3ErrorBody))
            : null;
        throw UpstreamErrors.ForStatus(call, response, message);
    }
}
