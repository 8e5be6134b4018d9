using System.Collections.Generic;

namespace Gateway.Client.Generator.Config;

/// <summary>Path arithmetic on strings only: analyzers must not touch the file system (RS1035).</summary>
internal static class PathText
{
    public static string Normalize(string path)
    {
        var rooted = path.StartsWith("/", System.StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }

        return (rooted ? "/" : "") + string.Join("/", parts);
    }

    public static string Directory(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : "") : normalized.Substring(0, slash);
    }

    public static string Combine(string directory, string relative)
    {
        var r = relative.Replace('\\', '/');
        var absolute = r.StartsWith("/", System.StringComparison.Ordinal) || (r.Length > 1 && r[1] == ':');
        return Normalize(absolute ? r : directory + "/" + r);
    }

    public static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), System.StringComparison.OrdinalIgnoreCase);

    public static string FileName(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Substring(normalized.LastIndexOf('/') + 1);
    }
}
