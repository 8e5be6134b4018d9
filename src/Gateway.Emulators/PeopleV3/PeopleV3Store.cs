namespace Gateway.Emulators.PeopleV3;

/// <summary>The People API v3 account in memory, behind one lock.</summary>
internal sealed class PeopleV3Store
{
    private readonly Lock _gate = new();
    private PeopleV3Data _data = new();
    private long _nextId = 13000001;

    public void Load(PeopleV3Data data)
    {
        lock (_gate)
        {
            _data = data;
        }
    }

    public List<PeopleV3Json.PersonItem> People()
    {
        lock (_gate)
        {
            return _data.People.Select(PeopleV3Json.Person).ToList();
        }
    }

    public PeopleV3Json.PersonItem? Person(long id)
    {
        lock (_gate)
        {
            var person = _data.People.FirstOrDefault(p => p.Id == id);
            return person is null ? null : PeopleV3Json.Person(person);
        }
    }

    public List<PeopleV3Named> Groups()
    {
        lock (_gate)
        {
            return [.. _data.Groups];
        }
    }

    public List<PeopleV3Named> Roles()
    {
        lock (_gate)
        {
            return [.. _data.Roles];
        }
    }

    public List<PeopleV3Language> Languages()
    {
        lock (_gate)
        {
            return [.. _data.Languages];
        }
    }

    /// <summary>Creates a person; the input's <see cref="PeopleV3PersonInput.Errors"/> gain any validation failure.</summary>
    public PeopleV3Json.PersonItem? Create(PeopleV3PersonInput input)
    {
        lock (_gate)
        {
            if (!Validate(input, null))
            {
                return null;
            }

            var now = DateTimeOffset.UtcNow;
            var person = new PeopleV3Person { Id = _nextId++, Email = input.Email!, CreatedAt = now, LastActive = now };
            Apply(person, input, now);
            _data.People.Add(person);
            return PeopleV3Json.Person(person);
        }
    }

    /// <summary>Updates the given fields; null result with no errors means "not found".</summary>
    public PeopleV3Json.PersonItem? Update(long id, PeopleV3PersonInput input)
    {
        lock (_gate)
        {
            var person = _data.People.FirstOrDefault(p => p.Id == id);
            if (person is null || !Validate(input, person))
            {
                return null;
            }

            Apply(person, input, DateTimeOffset.UtcNow);
            return PeopleV3Json.Person(person);
        }
    }

    public bool Delete(long id)
    {
        lock (_gate)
        {
            return _data.People.RemoveAll(p => p.Id == id) > 0;
        }
    }

    private bool Validate(PeopleV3PersonInput input, PeopleV3Person? self)
    {
        if (!input.Errors.ContainsKey("email")
            && _data.People.Any(p => p != self && string.Equals(p.Email.Trim(), input.Email, StringComparison.OrdinalIgnoreCase)))
        {
            input.Errors["email"] = ["has already been taken"];
        }

        if (input.RoleId is { } role && !_data.Roles.Any(r => r.Id == role))
        {
            input.Errors["role"] = ["is invalid"];
        }

        if (input.Language is { } language && !_data.Languages.Any(l => l.Code == language))
        {
            input.Errors["language"] = ["is invalid"];
        }

        if (input.Groups is { } groups && !groups.All(g => _data.Groups.Any(known => known.Id == g)))
        {
            input.Errors["groups"] = ["is invalid"];
        }

        return input.Errors.Count == 0;
    }

    private static void Apply(PeopleV3Person person, PeopleV3PersonInput input, DateTimeOffset now)
    {
        person.Email = input.Email!;
        person.FirstName = input.FirstName ?? person.FirstName;
        person.LastName = input.LastName ?? person.LastName;
        person.Title = input.Title ?? person.Title;
        person.RoleId = input.RoleId ?? (person.RoleId == 0 ? PeopleV3Seed.MemberRole : person.RoleId);
        person.Language = input.Language ?? person.Language;
        person.Groups = input.Groups ?? person.Groups;
        person.Suspended = input.Suspended ?? person.Suspended;
        person.UpdatedAt = now;
    }
}
