using GraphQL.Types;

namespace Gateway.Graph.Sources;

/// <summary>The schema's <c>SourceSystem</c> enum: one value per registered upstream, as its adapter declares it.</summary>
public sealed class SourceSystemType : EnumerationGraphType
{
    public SourceSystemType(SourceIdentities sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Name = "SourceSystem";
        Description = "An upstream system the gateway reads and writes.";
        foreach (var source in sources.All) Add(source.SchemaValue, source.Upstream, source.Description);
    }
}
