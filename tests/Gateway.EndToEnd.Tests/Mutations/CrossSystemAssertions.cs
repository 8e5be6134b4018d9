using Gateway.Testing;

namespace Gateway.EndToEnd.Tests.Mutations;

internal static class CrossSystemAssertions
{
    public const string Results = "results { system status reason error { code upstream operation } }";

    /// <summary>The results of onboardPerson/offboardPerson as "SYSTEM:STATUS", in the order asked; response errors are the caller's to check.</summary>
    public static IReadOnlyList<string> Statuses(GraphQLResponse response, string mutation) =>
        response.At(mutation + ".results").EnumerateArray()
            .Select(r => $"{r.GetProperty("system").GetString()}:{r.GetProperty("status").GetString()}").ToList();
}
