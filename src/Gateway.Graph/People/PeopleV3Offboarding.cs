namespace Gateway.Graph.People;

/// <summary>How offboarding treats the People v3 record.</summary>
public enum PeopleV3Offboarding
{
    Suspend,
    Delete,
}
