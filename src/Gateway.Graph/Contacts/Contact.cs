using Gateway.Graph.People;

namespace Gateway.Graph.Contacts;

/// <summary>A Worksection contact: someone the company deals with who has no account. <see cref="FolderTitle"/> links it to its folder.</summary>
public sealed record Contact(
    string Id,
    string Email,
    string? FirstName,
    string? LastName,
    string? Name,
    string? Title,
    string? FolderTitle,
    PhoneNumbers Phones,
    IReadOnlyList<string> Addresses);

public enum ContactFolderKind
{
    /// <summary>Created by Worksection by default (<c>type: preset</c>).</summary>
    Preset,
    /// <summary>Created by an account user (<c>type: folder</c>).</summary>
    Folder,
}

/// <summary>A Worksection contact folder.</summary>
public sealed record ContactFolder(string Id, string Title, ContactFolderKind Kind);
