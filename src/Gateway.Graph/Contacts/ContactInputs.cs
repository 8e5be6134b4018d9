namespace Gateway.Graph.Contacts;

/// <summary>The input of addContact (<c>AddContactInput</c>).</summary>
public sealed record AddContactInput(
    string? Email,
    string? Name,
    string? Title,
    string? Folder,
    string? Phone,
    string? OfficePhone,
    string? MobilePhone,
    string? HomePhone,
    string? Address,
    string? Address2);

/// <summary>The input of createContactFolder (<c>CreateContactFolderInput</c>).</summary>
public sealed record CreateContactFolderInput(string? Title);
