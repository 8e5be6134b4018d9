namespace Gateway.Playground;

/// <summary>Settings of the Banana Cake Pop IDE served at the GraphQL path, bound from <c>Playground</c>.</summary>
public sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>Serve the IDE; unset means on in Development and off elsewhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Title the IDE shows for the connection.</summary>
    public string Title { get; set; } = "People Graph Gateway";

    /// <summary>Folder holding the IDE's files; unset means <c>playground/</c> next to the application.</summary>
    public string? FilesPath { get; set; }
}
