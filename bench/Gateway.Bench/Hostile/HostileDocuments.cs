namespace Gateway.Bench.Hostile;

/// <summary>
/// The documents of issue 21 item 1, each as large as the token cap lets through: before the linear refusal, each
/// cost 0.1 to 18 CPU-seconds in GraphQL.NET's pairwise validation rules.
/// </summary>
public static class HostileDocuments
{
    private const int Tokens = 14_990;

    public static IReadOnlyList<string> All { get; } =
    [
        "{ " + Repeat("__typename ", Tokens - 2) + "}",
        "{ __typename " + Repeat("@skip(if: false) ", (Tokens - 4) / 7) + "}",
        "{ " + Repeat("__typename @include(if: true) ", (Tokens - 2) / 8) + "}",
        // Distinct one-field fragments spread side by side: compared pairwise.
        "{ " + string.Concat(Enumerable.Range(0, Tokens / 9).Select(i => $"...F{i} ")) + "} "
            + string.Concat(Enumerable.Range(0, Tokens / 9).Select(i => $"fragment F{i} on Query {{ __typename }} ")),
    ];

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
