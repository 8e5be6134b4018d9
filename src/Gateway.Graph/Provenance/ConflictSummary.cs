using Gateway.Graph.People;

namespace Gateway.Graph.Provenance;

/// <summary>How many conflicts the directory holds, in total and per kind and field.</summary>
public sealed record ConflictSummary(int People, int Conflicts, IReadOnlyList<ConflictCount> Counts)
{
    public static ConflictSummary Of(IEnumerable<Person> people)
    {
        var conflicts = people.Select(p => p.Provenance.Conflicts).Where(c => c.Count > 0).ToList();
        var counts = conflicts.SelectMany(c => c)
            .GroupBy(c => (c.Kind, c.Field))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Field)
            .Select(g => new ConflictCount(g.Key.Kind, g.Key.Field, g.Count()))
            .ToList();
        return new ConflictSummary(conflicts.Count, counts.Sum(c => c.Count), counts);
    }
}

public sealed record ConflictCount(ConflictKind Kind, PersonField Field, int Count);
