using Amuddu.Web.Data;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Information sessions at the Casablanca and Rabat agencies: past ones held, with attendance and
/// follow-ups; upcoming ones on the public calendar (with seats left, one full) and one still being
/// prepared. Registrants are demo people, the open pre-registrations already there, and a few
/// people who registered on the public site.
/// </summary>
public static class DemoSessions
{
    private sealed record Plan(string Site, int Day, int Hour, SessionTopic Topic, string Language, string Title, int Capacity, SessionStatus Status,
        int Registrants, string? Place = null);

    private static readonly Plan[] Plans =
    [
        new(DemoOrganisations.CasablancaAgency, -35, 10, SessionTopic.VocationalTraining, "fr", "Se former à un métier : les formations qualifiantes à Casablanca", 20, SessionStatus.Held, 12),
        new(DemoOrganisations.CasablancaAgency, -21, 14, SessionTopic.EmploymentServices, "ary", "Kifach nqelleb 3la khedma m3a l'ANAPEC", 15, SessionStatus.Held, 10,
            "Association Amal, derb Sultan, Casablanca"),
        new(DemoOrganisations.RabatAgency, -14, 10, SessionTopic.SelfEmployment, "ar", "إنشاء مشروعك الخاص: المواكبة والمنح", 15, SessionStatus.Held, 8),
        new(DemoOrganisations.RabatAgency, -7, 15, SessionTopic.RightsAtWork, "en", "Your rights at work in Morocco", 12, SessionStatus.Cancelled, 0),
        new(DemoOrganisations.CasablancaAgency, 3, 10, SessionTopic.VocationalTraining, "fr", "Formations en hôtellerie et restauration : inscriptions ouvertes", 25, SessionStatus.Published, 9),
        new(DemoOrganisations.CasablancaAgency, 6, 14, SessionTopic.EmploymentServices, "ary", "L'ANAPEC: chno katqdem lik f l'qlib 3la khedma", 6, SessionStatus.Published, 6,
            "Église Notre-Dame-de-Lourdes, salle paroissiale, Casablanca"),
        new(DemoOrganisations.RabatAgency, 8, 10, SessionTopic.LanguageCourses, "ar", "دروس اللغة العربية والدارجة للوافدين الجدد", 20, SessionStatus.Published, 5),
        new(DemoOrganisations.RabatAgency, 13, 11, SessionTopic.SelfEmployment, "en", "Starting a small business or a cooperative", 15, SessionStatus.Published, 3),
        new(DemoOrganisations.CasablancaAgency, 20, 10, SessionTopic.RightsAtWork, "fr", "Droits et devoirs au travail : contrat, salaire, CNSS", 30, SessionStatus.Planned, 0),
    ];

    private static readonly (string First, string Last, string Language)[] PublicNames =
    [
        ("Fatoumata", "Keita", "fr"), ("Emmanuel", "Okafor", "en"), ("Mariama", "Bah", "fr"), ("Ibrahim", "Traoré", "fr"),
        ("Grace", "Mensah", "en"), ("Aïssatou", "Ndiaye", "fr"), ("Yassin", "Adam", "ar"), ("Blessing", "Eze", "en"),
        ("Moussa", "Coulibaly", "fr"), ("Hawa", "Camara", "fr"), ("Abdelrahman", "Osman", "ar"), ("Christelle", "Mbala", "fr"),
    ];

    private static string Ascii(string name) =>
        new([.. name.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant().Where(char.IsAsciiLetter)]);

    public static async Task SeedAsync(AmudduDbContext db, IReadOnlyList<(Person Person, DemoStage Stage)> people, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var random = new Random(5005);
        var organisationId = people.Count > 0 ? people[0].Person.OrganisationId
            : await db.Organisations.Where(o => o.Name == DemoOrganisations.Anapec).Select(o => o.Id).SingleAsync(cancellationToken);
        var sites = await db.Sites.Where(s => s.OrganisationId == organisationId).ToDictionaryAsync(s => s.Name, s => s.Id, cancellationToken);
        var agent = await db.Users.Where(u => u.Email == $"agent@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken);
        var counsellors = new Dictionary<string, Guid>
        {
            [DemoOrganisations.CasablancaAgency] = await db.Users.Where(u => u.Email == $"counsellor@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken),
            [DemoOrganisations.RabatAgency] = await db.Users.Where(u => u.Email == $"self-employment@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync(cancellationToken),
        };
        var today = SiteTime.Today(clock);
        var now = clock.GetUtcNow();

        // The outreach demo's open pre-registrations come first; people who signed up on the public site fill in.
        var open = new Queue<PreRegistration>(await db.PreRegistrations
            .Where(p => p.OrganisationId == organisationId && p.Status == PreRegistrationStatus.Open).OrderBy(p => p.CreatedAt).Take(12).ToListAsync(cancellationToken));
        var publicIndex = 0;
        var files = people.Where(p => p.Stage != DemoStage.Received).Select(p => p.Person).ToList();
        var fileIndex = 0;

        foreach (var plan in Plans)
        {
            var siteId = sites[plan.Site];
            var session = new InfoSession
            {
                OrganisationId = organisationId,
                SiteId = siteId,
                Topic = plan.Topic,
                Title = plan.Title,
                StartsAt = SiteTime.FromLocal(today.AddDays(plan.Day), new TimeOnly(plan.Hour, 0)),
                DurationMinutes = 90,
                Place = plan.Place,
                Language = plan.Language,
                Capacity = plan.Capacity,
                AgentId = agent,
                CounsellorId = counsellors[plan.Site],
                Status = plan.Status,
            };
            db.InfoSessions.Add(session);
            for (var i = 0; i < plan.Registrants; i++)
            {
                var registration = NextRegistrant(session, i);
                if (plan.Status == SessionStatus.Held)
                {
                    var attended = random.NextDouble() < 0.75;
                    registration.Status = attended ? RegistrationStatus.Attended : RegistrationStatus.Absent;
                    registration.AttendanceTakenAt = session.StartsAt.AddMinutes(20);
                    registration.FollowUp = !attended ? SessionFollowUp.None
                        : registration.PersonId is not null ? (random.Next(2) == 0 ? SessionFollowUp.BookedForPositioning : SessionFollowUp.Referred)
                        : random.Next(3) switch { 0 => SessionFollowUp.ConvertedToFile, 1 => SessionFollowUp.Referred, _ => SessionFollowUp.None };
                }

                db.SessionRegistrations.Add(registration);
            }

            if (plan.Status == SessionStatus.Held)
            {
                // One person came without registering.
                var walkIn = NewPreRegistration(session, PreRegistrationSource.Session, PublicNames[publicIndex++ % PublicNames.Length], agent);
                db.PreRegistrations.Add(walkIn);
                db.SessionRegistrations.Add(new SessionRegistration
                {
                    SessionId = session.Id, OrganisationId = organisationId, PreRegistrationId = walkIn.Id,
                    Status = RegistrationStatus.Attended, AttendanceTakenAt = session.StartsAt.AddMinutes(25),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        SessionRegistration NextRegistrant(InfoSession session, int index)
        {
            // About a third of the places go to people who already have a file at the agency.
            if (index % 3 == 2 && files.Skip(fileIndex).FirstOrDefault(f => f.SiteId == session.SiteId) is { } file)
            {
                fileIndex = files.IndexOf(file) + 1;
                return new SessionRegistration { SessionId = session.Id, OrganisationId = organisationId, PersonId = file.Id, Status = RegistrationStatus.Registered };
            }

            var pre = session.StartsAt > now && open.Count > 0 ? open.Dequeue()
                : NewPreRegistration(session, PreRegistrationSource.PublicForm, PublicNames[publicIndex++ % PublicNames.Length], null);
            if (db.Entry(pre).State == EntityState.Detached)
            {
                db.PreRegistrations.Add(pre);
            }

            return new SessionRegistration { SessionId = session.Id, OrganisationId = organisationId, PreRegistrationId = pre.Id, Status = RegistrationStatus.Registered };
        }

        PreRegistration NewPreRegistration(InfoSession session, PreRegistrationSource source, (string First, string Last, string Language) name, Guid? agentId)
        {
            var consent = random.NextDouble() < 0.8;
            var channel = name.Language == "en" ? ContactChannel.WhatsApp : random.Next(3) switch { 0 => ContactChannel.Sms, 1 => ContactChannel.WhatsApp, _ => ContactChannel.Email };
            return new PreRegistration
            {
                OrganisationId = organisationId,
                SiteId = session.SiteId,
                Source = source,
                AgentId = agentId,
                FirstName = name.First,
                LastName = name.Last,
                Language = name.Language,
                Phone = consent && channel != ContactChannel.Email ? $"+2126{random.Next(10_000_000, 99_999_999)}" : null,
                Email = consent && channel == ContactChannel.Email ? $"{Ascii(name.First)}.{Ascii(name.Last)}@example.org" : null,
                ContactConsent = consent,
                ContactChannel = consent ? channel : null,
                ContactConsentAt = consent ? session.StartsAt.AddDays(-random.Next(2, 10)) : null,
                Status = PreRegistrationStatus.Open,
            };
        }
    }
}
