using System.Globalization;
using System.Text.RegularExpressions;

namespace Gateway.Emulators.Worksection;

/// <summary>The Worksection account in memory; every read and write takes one lock, so writes are seen by later reads.</summary>
internal sealed partial class WorksectionStore
{
    public const string Host = "zillum.worksection.com";

    private static readonly string[] InvitableRoles = ["user", "guest", "reader"];
    private readonly Lock _gate = new();
    private WorksectionData _data = new();
    private int _nextId = 3900001;

    public void Load(WorksectionData data)
    {
        lock (_gate)
        {
            _data = data;
        }
    }

    public List<WorksectionJson.UserItem> Users()
    {
        lock (_gate)
        {
            return _data.Users.Select(u => WorksectionJson.User(u, Host)).ToList();
        }
    }

    public List<WorksectionJson.ContactItem> Contacts()
    {
        lock (_gate)
        {
            return _data.Contacts.Select(WorksectionJson.Contact).ToList();
        }
    }

    public List<WorksectionGroup> Groups()
    {
        lock (_gate)
        {
            return [.. _data.Groups];
        }
    }

    public List<WorksectionContactFolder> ContactFolders()
    {
        lock (_gate)
        {
            return [.. _data.ContactFolders];
        }
    }

    public WorksectionResult<WorksectionJson.AddedUser> AddUser(WorksectionUserInput input)
    {
        var email = input.Email.Trim();
        if (!EmailRule.IsValid(email))
        {
            return WorksectionResult<WorksectionJson.AddedUser>.Fail("Invalid email");
        }

        var role = string.IsNullOrEmpty(input.Role) ? "user" : input.Role;
        if (!InvitableRoles.Contains(role))
        {
            return WorksectionResult<WorksectionJson.AddedUser>.Fail("Invalid role");
        }

        lock (_gate)
        {
            if (_data.Users.Any(u => SameEmail(u.Email, email)))
            {
                return WorksectionResult<WorksectionJson.AddedUser>.Fail("User with this email already exists");
            }

            var group = string.IsNullOrEmpty(input.Group) ? _data.Groups[0].Title : input.Group;
            if (!_data.Groups.Any(g => g.Title == group))
            {
                return WorksectionResult<WorksectionJson.AddedUser>.Fail("Team not found");
            }

            var user = new WorksectionUser
            {
                Id = NextId(),
                Email = email,
                FirstName = input.FirstName ?? "",
                LastName = input.LastName ?? "",
                Title = input.Title ?? "",
                Group = group,
                Department = input.Department ?? "",
                Role = role,
                DateAdded = DateTime.UtcNow,
            };
            _data.Users.Add(user);
            return WorksectionResult<WorksectionJson.AddedUser>.Ok(WorksectionJson.Added(user, Host));
        }
    }

    /// <summary>Subscribes or unsubscribes an account user to a task given as <c>/project/PROJECT_ID/TASK_ID/</c>.</summary>
    public string? Subscribe(string emailUser, string page, bool subscribe)
    {
        var match = PagePattern().Match(page);
        if (!match.Success)
        {
            return "Invalid page";
        }

        lock (_gate)
        {
            var user = _data.Users.FirstOrDefault(u => SameEmail(u.Email, emailUser));
            if (user is null)
            {
                return "User not found";
            }

            var (projectId, taskId) = (match.Groups[1].Value, match.Groups[2].Value);
            if (!_data.Projects.Any(p => p.Id == projectId && p.TaskIds.Contains(taskId)))
            {
                return "Task not found";
            }

            var key = (user.Email.Trim().ToLowerInvariant(), projectId, taskId);
            _ = subscribe ? _data.Subscriptions.Add(key) : _data.Subscriptions.Remove(key);
            return null;
        }
    }

    public WorksectionResult<WorksectionJson.ContactItem> AddContact(WorksectionContactInput input)
    {
        var email = input.Email.Trim();
        if (!EmailRule.IsValid(email))
        {
            return WorksectionResult<WorksectionJson.ContactItem>.Fail("Invalid email");
        }

        lock (_gate)
        {
            var folder = string.IsNullOrEmpty(input.Group) ? _data.ContactFolders[0].Title : input.Group;
            if (!_data.ContactFolders.Any(f => f.Title == folder))
            {
                return WorksectionResult<WorksectionJson.ContactItem>.Fail("Folder not found");
            }

            var parts = input.Name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var contact = new WorksectionContact
            {
                Id = NextId(),
                Email = email,
                FirstName = parts.ElementAtOrDefault(0) ?? "",
                LastName = parts.ElementAtOrDefault(1) ?? "",
                Title = input.Title ?? "",
                Group = folder,
                Phone = input.Phone ?? "",
                Phone2 = input.Phone2 ?? "",
                Phone3 = input.Phone3 ?? "",
                Phone4 = input.Phone4 ?? "",
                Address = input.Address ?? "",
                Address2 = input.Address2 ?? "",
            };
            _data.Contacts.Add(contact);
            return WorksectionResult<WorksectionJson.ContactItem>.Ok(WorksectionJson.Contact(contact));
        }
    }

    /// <summary>Returns the team with this title, creating it first if needed (the documented "checks for existence").</summary>
    public WorksectionGroup AddUserGroup(string title, int client)
    {
        lock (_gate)
        {
            var existing = _data.Groups.FirstOrDefault(g => g.Title == title);
            if (existing is not null)
            {
                return existing;
            }

            var group = new WorksectionGroup(NextId(), title, client);
            _data.Groups.Add(group);
            return group;
        }
    }

    /// <summary>Returns the contact folder with this title, creating it first if needed.</summary>
    public WorksectionContactFolder AddContactGroup(string title)
    {
        lock (_gate)
        {
            var existing = _data.ContactFolders.FirstOrDefault(f => f.Title == title);
            if (existing is not null)
            {
                return existing;
            }

            var folder = new WorksectionContactFolder(NextId(), title, "folder");
            _data.ContactFolders.Add(folder);
            return folder;
        }
    }

    private static bool SameEmail(string stored, string given) =>
        string.Equals(stored.Trim(), given.Trim(), StringComparison.OrdinalIgnoreCase);

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^/project/(\d+)/(\d+)/$")]
    private static partial Regex PagePattern();
}
