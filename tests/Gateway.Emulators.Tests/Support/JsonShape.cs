using System.Text.Json;

namespace Gateway.Emulators.Tests.Support;

/// <summary>Compares a response item with a documented sample: same property names, same JSON value kinds.</summary>
public static class JsonShape
{
    /// <summary>Loads a sample from ContractSamples/.</summary>
    public static JsonElement Sample(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ContractSamples", fileName))).RootElement.Clone();

    /// <summary>
    /// Asserts the actual object has exactly the sample's properties (minus <paramref name="optional"/> ones it may omit)
    /// (plus <paramref name="extensions"/> it may add) with the same value kinds, recursing into nested objects and array items (except <paramref name="freeForm"/> ones).
    /// </summary>
    public static void AssertMatches(JsonElement sample, JsonElement actual, string[]? optional = null, string[]? freeForm = null, string[]? extensions = null, string path = "$")
    {
        Assert.True(sample.ValueKind == JsonValueKind.Object, $"{path}: the sample is not an object");
        Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, got {actual.ValueKind}");
        var expected = sample.EnumerateObject().Select(p => p.Name).ToList();
        var present = actual.EnumerateObject().Select(p => p.Name).ToList();
        var missing = expected.Except(present).Except(optional ?? []).ToList();
        var extra = present.Except(expected).Except(extensions ?? []).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{path}: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]");
        foreach (var property in actual.EnumerateObject().Where(p => expected.Contains(p.Name)))
        {
            var expectedValue = sample.GetProperty(property.Name);
            var name = $"{path}.{property.Name}";
            AssertKind(expectedValue, property.Value, name);
            if (freeForm?.Contains(property.Name) == true)
            {
                continue;
            }

            if (expectedValue.ValueKind == JsonValueKind.Object)
            {
                AssertMatches(expectedValue, property.Value, optional, freeForm, extensions, name);
            }
            else if (expectedValue.ValueKind == JsonValueKind.Array && expectedValue.GetArrayLength() > 0)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    AssertKind(expectedValue[0], item, $"{name}[]");
                }
            }
        }
    }

    private static void AssertKind(JsonElement expected, JsonElement actual, string path)
    {
        // A documented null (image_url) stands for "null or a string".
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual.ValueKind is JsonValueKind.Null or JsonValueKind.String, $"{path}: {actual.ValueKind}");
            return;
        }

        Assert.True(Kind(expected) == Kind(actual), $"{path}: expected {Kind(expected)}, got {Kind(actual)}");
    }

    private static string Kind(JsonElement element) =>
        element.ValueKind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : element.ValueKind.ToString();
}
