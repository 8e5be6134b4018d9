using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Gateway.Graph.Mutations;

/// <summary>
/// The email check every mutation applies before any upstream call. <see cref="MailAddress"/> alone accepts display
/// names ("Ada &lt;ada@x.org&gt;") and dot-less domains; a comma would split one Zoho <c>email</c> field into two people.
/// </summary>
public static partial class EmailAddress
{
    public static bool IsValid(string email)
    {
        if (!Plain().IsMatch(email)) return false;
        try
        {
            return new MailAddress(email).Address == email;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^@\s,;<>()\[\]""]+@[^@\s,;<>()\[\]""]+\.[^@\s,;<>()\[\]"".]{2,}$")]
    private static partial Regex Plain();
}
