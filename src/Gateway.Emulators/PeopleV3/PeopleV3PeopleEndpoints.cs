using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Emulators.PeopleV3;

/// <summary>People CRUD: GET list and item, POST (201 + Location), PUT (200), DELETE (204).</summary>
internal static class PeopleV3PeopleEndpoints
{
    public static IResult List(HttpContext http, PeopleV3Store store, EmulatorOptions options) =>
        PeopleV3Emulator.Reject(http, options) ?? PeopleV3Emulator.Json(store.People());

    public static IResult Get(HttpContext http, string id, PeopleV3Store store, EmulatorOptions options)
    {
        if (PeopleV3Emulator.Reject(http, options) is { } rejected)
        {
            return rejected;
        }

        var person = TryId(id, out var personId) ? store.Person(personId) : null;
        return person is null ? NotFound() : PeopleV3Emulator.Json(person);
    }

    public static async Task<IResult> CreateAsync(HttpContext http, PeopleV3Store store, EmulatorOptions options)
    {
        if (PeopleV3Emulator.Reject(http, options) is { } rejected)
        {
            return rejected;
        }

        var input = PeopleV3PersonInput.Parse(await ReadBodyAsync(http));
        if (input is null)
        {
            return PeopleV3Emulator.Message(StatusCodes.Status400BadRequest, "Invalid JSON body");
        }

        var person = input.Errors.Count == 0 ? store.Create(input) : null;
        if (person is null)
        {
            return Invalid(input);
        }

        http.Response.Headers.Location = $"{PeopleV3Emulator.Root}people/{person.Id.ToString(CultureInfo.InvariantCulture)}";
        return PeopleV3Emulator.Json(person, StatusCodes.Status201Created);
    }

    public static async Task<IResult> UpdateAsync(HttpContext http, string id, PeopleV3Store store, EmulatorOptions options)
    {
        if (PeopleV3Emulator.Reject(http, options) is { } rejected)
        {
            return rejected;
        }

        if (!TryId(id, out var personId) || store.Person(personId) is null)
        {
            return NotFound();
        }

        var input = PeopleV3PersonInput.Parse(await ReadBodyAsync(http));
        if (input is null)
        {
            return PeopleV3Emulator.Message(StatusCodes.Status400BadRequest, "Invalid JSON body");
        }

        var person = input.Errors.Count == 0 ? store.Update(personId, input) : null;
        return person is not null ? PeopleV3Emulator.Json(person) : input.Errors.Count > 0 ? Invalid(input) : NotFound();
    }

    public static IResult Delete(HttpContext http, string id, PeopleV3Store store, EmulatorOptions options)
    {
        if (PeopleV3Emulator.Reject(http, options) is { } rejected)
        {
            return rejected;
        }

        return TryId(id, out var personId) && store.Delete(personId) ? Results.NoContent() : NotFound();
    }

    private static async Task<string> ReadBodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        return await reader.ReadToEndAsync(http.RequestAborted);
    }

    private static bool TryId(string id, out long value) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static IResult NotFound() => PeopleV3Emulator.Message(StatusCodes.Status404NotFound, "Person not found");

    private static IResult Invalid(PeopleV3PersonInput input) =>
        PeopleV3Emulator.Json(new { message = "Validation failed", errors = input.Errors }, StatusCodes.Status422UnprocessableEntity);
}
