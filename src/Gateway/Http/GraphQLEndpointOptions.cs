using System.ComponentModel.DataAnnotations;

namespace Gateway.Http;

/// <summary>Behaviour of the GraphQL-over-HTTP endpoint, bound from <c>GraphQL:Endpoint</c>.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Endpoint";

    /// <summary>Whether a JSON array of requests is accepted and answered with an array of results.</summary>
    public bool EnableBatching { get; set; } = true;

    /// <summary>Most requests in one batch; a larger batch is rejected before anything runs.</summary>
    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Largest accepted request body in bytes; a larger one gets 413 before it is parsed.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>
    /// Whether the message of an unhandled resolver exception reaches the client. Stack traces never do.
    /// Keep off in production: messages can carry upstream details.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }
}
