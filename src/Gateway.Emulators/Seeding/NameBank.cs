namespace Gateway.Emulators.Seeding;

/// <summary>Realistic building blocks for seeded people, teams and contacts.</summary>
internal static class NameBank
{
    public static readonly string[] FirstNames =
    [
        "Einhard", "Charles", "Nathan", "John", "Steve", "Victor", "Lin", "Chris", "Stella", "Amelia",
        "Oliver", "Isla", "Noah", "Mia", "Lucas", "Sofia", "Mateo", "Hannah", "Leon", "Emma",
        "Arjun", "Priya", "Kenji", "Yuki", "Omar", "Layla", "Tomasz", "Agnieszka", "Pierre", "Camille",
        "Diego", "Lucia", "Sven", "Ingrid", "Malik", "Zara", "Ethan", "Chloe", "Rafael", "Beatriz",
        "Henrik", "Freya", "Daniel", "Grace", "Samuel", "Aisha", "Luca", "Giulia", "Felix", "Nora",
        "Ravi", "Meera", "Jonas", "Elena", "Marcus", "Olivia", "Hugo", "Alice", "Tariq", "Sara",
    ];

    public static readonly string[] LastNames =
    [
        "Klein", "Stone", "Brooks", "Marsh", "Banks", "Young", "Brenn", "Wagley", "Altois", "Fischer",
        "Nguyen", "Okafor", "Silva", "Kowalski", "Dubois", "Rossi", "Jensen", "Haddad", "Tanaka", "Sato",
        "Patel", "Sharma", "Garcia", "Martinez", "Andersson", "Larsen", "Novak", "Horvat", "Murphy", "Kelly",
        "Schmidt", "Weber", "Moreau", "Laurent", "Costa", "Pereira", "Ivanova", "Petrov", "Cohen", "Levi",
        "Walker", "Hughes", "Bennett", "Foster", "Reyes", "Ortiz", "Lindqvist", "Berg", "Mensah", "Owusu",
        "Yamamoto", "Kim", "Park", "Chen", "Wong", "Ali", "Hassan", "Müller", "O'Brien", "Van Dijk",
    ];

    public static readonly string[] Departments =
    [
        "Operations", "Engineering", "Design", "Sales", "Marketing", "Finance", "Support", "People",
    ];

    /// <summary>Titles per department, same order as <see cref="Departments"/>.</summary>
    public static readonly string[][] Titles =
    [
        ["Operations Manager", "Office Manager", "Operations Analyst", "Logistics Coordinator"],
        ["Software Engineer", "Senior Software Engineer", "Engineering Manager", "QA Engineer", "DevOps Engineer"],
        ["Product Designer", "UX Researcher", "Design Lead", "Illustrator"],
        ["Account Executive", "Sales Manager", "Sales Development Rep", "Key Account Manager"],
        ["Marketing Manager", "Content Strategist", "SEO Specialist", "Brand Manager"],
        ["Accountant", "Financial Controller", "Payroll Specialist", "Finance Manager"],
        ["Support Engineer", "Customer Success Manager", "Support Lead", "Technical Writer"],
        ["HR Manager", "Recruiter", "People Partner", "Learning Coordinator"],
    ];

    public static readonly string[] ClientTeams =
    [
        "Client: Northwind Traders", "Client: Contoso", "Client: Fabrikam", "Client: Tailspin Toys",
    ];

    public static readonly string[] ContactFolders = ["Contacts", "Suppliers", "Partners", "Press", "Freelancers"];

    public static readonly string[] Companies =
        ["Northwind Traders", "Contoso", "Fabrikam", "Tailspin Toys", "Adventure Works", "Litware", "Proseware"];

    /// <summary>City, street and UTC offset (whole hours, as People API v3 stores time zones).</summary>
    public static readonly (string City, string Street, int Offset)[] Places =
    [
        ("London", "Baker Street", 0), ("Berlin", "Torstraße", 1), ("Paris", "Rue de Rivoli", 1),
        ("Warsaw", "Nowy Świat", 1), ("Athens", "Ermou", 2), ("Dubai", "Sheikh Zayed Road", 4),
        ("Mumbai", "Marine Drive", 5), ("Singapore", "Orchard Road", 8), ("Tokyo", "Omotesando", 9),
        ("Sydney", "George Street", 10), ("New York", "Broadway", -5), ("Chicago", "Michigan Avenue", -6),
        ("Denver", "Larimer Street", -7), ("San Francisco", "Market Street", -8), ("São Paulo", "Avenida Paulista", -3),
    ];

    public static readonly string[] ProjectNames =
    [
        "Website Relaunch", "Mobile App", "Data Warehouse", "Office Move", "Brand Refresh", "CRM Migration",
        "Customer Portal", "Annual Report", "Security Audit", "Onboarding Revamp", "Partner API", "Trade Fair",
    ];

    public static readonly string[] ProfileColors =
        ["#781f1f", "#1f4e78", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#4e342e"];

    public static readonly string[] Languages = ["en", "fr", "de", "es", "nl"];
}
