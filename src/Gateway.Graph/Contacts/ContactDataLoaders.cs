using Gateway.Graph.DataLoading;
using Gateway.Graph.People;
using Gateway.Upstreams.Worksection;

namespace Gateway.Graph.Contacts;

/// <summary>Worksection <c>get_contacts</c>, once per request.</summary>
public sealed class ContactsDataLoader(WorksectionClient worksection) : SnapshotDataLoader<IReadOnlyList<Contact>>
{
    protected override async Task<IReadOnlyList<Contact>> FetchAsync(CancellationToken cancellationToken) =>
        (await worksection.GetContactsAsync(cancellationToken)).Select(ToContact).ToList();

    private static Contact ToContact(WorksectionContact c) => new(
        c.Id, c.Email.Trim(), c.FirstName, c.LastName, c.Name, c.Title, c.Group,
        new PhoneNumbers(c.Phone, c.Phone2, c.Phone3, c.Phone4),
        new[] { c.Address, c.Address2 }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).ToList());
}

/// <summary>Worksection <c>get_contact_groups</c>, once per request.</summary>
public sealed class ContactFoldersDataLoader(WorksectionClient worksection) : SnapshotDataLoader<IReadOnlyList<ContactFolder>>
{
    protected override async Task<IReadOnlyList<ContactFolder>> FetchAsync(CancellationToken cancellationToken) =>
        (await worksection.GetContactGroupsAsync(cancellationToken))
            .Select(g => new ContactFolder(g.Id, g.Title, g.Type == "preset" ? ContactFolderKind.Preset : ContactFolderKind.Folder))
            .ToList();
}
