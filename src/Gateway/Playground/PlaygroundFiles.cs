using Microsoft.Extensions.FileProviders;

namespace Gateway.Playground;

/// <summary>The IDE's static files as BananaCakePop.targets copies them into the output.</summary>
internal sealed class PlaygroundFiles
{
    public const string EntryFile = "index.html";

    private PlaygroundFiles(string root, IFileProvider provider)
    {
        Root = root;
        Provider = provider;
    }

    public string Root { get; }

    public IFileProvider Provider { get; }

    public bool IsInstalled => Provider.GetFileInfo(EntryFile).Exists;

    public static PlaygroundFiles Locate(PlaygroundOptions options)
    {
        var root = options.FilesPath ?? Path.Combine(AppContext.BaseDirectory, "playground");
        IFileProvider provider = Directory.Exists(root)
            ? new PhysicalFileProvider(root)
            : new NullFileProvider();
        return new PlaygroundFiles(root, provider);
    }
}
