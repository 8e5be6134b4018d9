using GraphQL.Types;

namespace Gateway.Graph.Filtering;

/// <summary>
/// One wording for each filter operation, so every operation input describes itself the same way in
/// Banana Cake Pop's docs and in generated clients.
/// </summary>
internal static class OperationDescriptions
{
    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["and"] = "Matches when every condition in the list matches.",
        ["or"] = "Matches when at least one condition in the list matches.",
        ["eq"] = "Equal to the value (null matches a missing value).",
        ["neq"] = "Not equal to the value.",
        ["contains"] = "Contains the value (ordinal, case-sensitive).",
        ["ncontains"] = "Does not contain the value.",
        ["in"] = "Equal to one of the values.",
        ["nin"] = "Equal to none of the values.",
        ["startsWith"] = "Starts with the value (ordinal, case-sensitive).",
        ["nstartsWith"] = "Does not start with the value.",
        ["endsWith"] = "Ends with the value (ordinal, case-sensitive).",
        ["nendsWith"] = "Does not end with the value.",
        ["gt"] = "Greater than the value.",
        ["ngt"] = "Not greater than the value.",
        ["gte"] = "Greater than or equal to the value.",
        ["ngte"] = "Not greater than or equal to the value.",
        ["lt"] = "Less than the value.",
        ["nlt"] = "Not less than the value.",
        ["lte"] = "Less than or equal to the value.",
        ["nlte"] = "Not less than or equal to the value.",
        ["all"] = "Matches when every item matches the condition.",
        ["none"] = "Matches when no item matches the condition.",
        ["some"] = "Matches when at least one item matches the condition.",
        ["any"] = "true: the list has items; false: the list is empty.",
    };

    /// <summary>Sets the type's description and fills in every operation field that has none.</summary>
    public static void Describe(InputObjectGraphType type, string description)
    {
        type.Description ??= description;
        foreach (var field in type.Fields)
            field.Description ??= Operations.GetValueOrDefault(field.Name);
    }
}
