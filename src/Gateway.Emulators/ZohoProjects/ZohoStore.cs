using System.Globalization;

namespace Gateway.Emulators.ZohoProjects;

/// <summary>The Zoho portal in memory, behind one lock. Emails are matched trimmed and case-insensitively.</summary>
internal sealed class ZohoStore
{
    private readonly Lock _gate = new();
    private ZohoData _data = new();
    private long _nextUserId = 7300001;

    public void Load(ZohoData data)
    {
        lock (_gate)
        {
            _data = data;
        }
    }

    public List<object> Projects()
    {
        lock (_gate)
        {
            return _data.Projects.Select(ZohoJson.Project).ToList();
        }
    }

    /// <summary>Members of a project filtered by active state; null when the project does not exist.</summary>
    public List<object>? ProjectUsers(long projectId, bool? active)
    {
        lock (_gate)
        {
            var project = _data.Projects.FirstOrDefault(p => p.Id == projectId);
            return project?.Members
                .Select(m => (Member: m, User: _data.Users.First(u => u.Id == m.UserId)))
                .Where(pair => active is null || pair.User.Active == active)
                .Select(pair => ZohoJson.ProjectUser(pair.User, pair.Member))
                .ToList();
        }
    }

    /// <summary>Adds members, creating portal users for unknown emails; existing members come back unchanged.</summary>
    public ZohoOutcome AddProjectUsers(long projectId, IReadOnlyList<string> emails, string role, decimal? rate)
    {
        lock (_gate)
        {
            var project = _data.Projects.FirstOrDefault(p => p.Id == projectId);
            if (project is null)
            {
                return ZohoOutcome.NotFound("Project does not exist");
            }

            var newUsers = emails.Count(e => FindByEmail(e) is null);
            if (newUsers > Available())
            {
                return ZohoOutcome.Failed(6832, "User limit of the portal reached");
            }

            var added = new List<object>();
            foreach (var email in emails)
            {
                var user = FindByEmail(email) ?? CreateUser(email, role);
                var member = project.Members.FirstOrDefault(m => m.UserId == user.Id);
                if (member is null)
                {
                    member = new ZohoMember { UserId = user.Id, Role = role, Rate = rate };
                    project.Members.Add(member);
                }

                added.Add(ZohoJson.ChangedUser(user, member));
            }

            return ZohoOutcome.Ok(added);
        }
    }

    public ZohoOutcome UpdateProjectUser(long projectId, string userId, string role, decimal? rate)
    {
        lock (_gate)
        {
            var project = _data.Projects.FirstOrDefault(p => p.Id == projectId);
            var member = project?.Members.FirstOrDefault(m => m.UserId == userId);
            if (project is null || member is null)
            {
                return ZohoOutcome.NotFound(project is null ? "Project does not exist" : "User does not exist in the project");
            }

            member.Role = role;
            member.Rate = rate ?? member.Rate;
            return ZohoOutcome.Ok([ZohoJson.ChangedUser(_data.Users.First(u => u.Id == userId), member)]);
        }
    }

    public int AvailableCount()
    {
        lock (_gate)
        {
            return Available();
        }
    }

    public List<object> PortalUsers(bool? active)
    {
        lock (_gate)
        {
            return _data.Users.Where(u => active is null || u.Active == active).Select(ZohoJson.PortalUser).ToList();
        }
    }

    /// <summary>Activates or deactivates a portal user; false when the user does not exist.</summary>
    public bool SetActive(string userId, bool active)
    {
        lock (_gate)
        {
            var user = _data.Users.FirstOrDefault(u => u.Id == userId);
            if (user is null)
            {
                return false;
            }

            user.Active = active;
            return true;
        }
    }

    private int Available() => Math.Max(0, _data.Capacity - _data.Users.Count(u => u.Active));

    private ZohoUser? FindByEmail(string email) =>
        _data.Users.FirstOrDefault(u => string.Equals(u.Email.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));

    private ZohoUser CreateUser(string email, string role)
    {
        var words = email.Split('@')[0].Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var user = new ZohoUser
        {
            Id = (_nextUserId++).ToString(CultureInfo.InvariantCulture),
            Name = string.Join(' ', words),
            Email = email,
            Role = role,
        };
        _data.Users.Add(user);
        return user;
    }
}
