using Amuddu.Web.Features.Access;

/// <summary>
/// What the virtual staff request, by role, with the weight of each action in a day's mix. Change the URLs here when
/// pages move.
/// Placeholders: {person} a person of the registry, {name} a given and family name on file, {referral} a referral
/// sent to the caseworker's organisation. Writes go through the REST API (JSON), the way a form posts the same use case.
/// </summary>
internal static class Pages
{
    public sealed record Action(string Name, int Weight, string Method, string Url);

    public const string Get = "GET";
    public const string AddNote = "note";
    public const string BookAppointment = "appointment";
    public const string RegisterPerson = "register";

    /// <summary>
    /// The person file: its overview, then one of its sections (each a page of its own, /people/{person}/{section}),
    /// taken in turn so that every section is measured.
    /// </summary>
    public const string PersonFile = "/people/{person}";

    public static readonly string[] FileSections = [.. Amuddu.Web.Features.People.Pages.FileSections.All.Where(s => s.Length > 0)];

    public static readonly Dictionary<string, Action[]> ByRole = new()
    {
        [Roles.Counsellor] =
        [
            new("home (counsellor)", 5, Get, "/home"),
            new("people list", 10, Get, "/people"),
            new("people search", 25, Get, "/people?query={name}"),
            new("person file", 25, "file", ""),
            new("file read (API)", 5, Get, "/api/v1/people/{person}"),
            new("calendar", 7, Get, "/appointments"),
            new("add a note (API)", 10, AddNote, "/api/v1/people/{person}/notes"),
            new("book an appointment (API)", 8, BookAppointment, "/api/v1/people/{person}/appointments"),
            new("register a person (API)", 5, RegisterPerson, "/api/v1/people"),
        ],
        [Roles.CommunityAgent] =
        [
            new("home (agent)", 20, Get, "/home"),
            new("outreach", 40, Get, "/outreach"),
            new("pre-registrations", 40, Get, "/outreach/pre-registrations"),
        ],
        [Roles.PartnerCaseworker] =
        [
            new("home (caseworker)", 20, Get, "/home"),
            new("referrals inbox", 50, Get, "/referrals"),
            new("referral", 30, Get, "/referrals/{referral}"),
        ],
        [Roles.ProgrammeOfficer] =
        [
            new("home (officer)", 20, Get, "/home"),
            new("applications", 50, Get, "/applications"),
            new("payments", 30, Get, "/payments"),
        ],
        [Roles.Analyst] =
        [
            new("home (analyst)", 50, Get, "/home"),
            new("referral network", 50, Get, "/referrals/network"),
        ],
    };
}
