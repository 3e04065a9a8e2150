using Amuddu.Web.Data;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// The e-mail that tells the counsellor in charge of the person that the employer answered, through the outbox in the answer's
/// unit of work. It names the candidate by alias and the vacancy by title and reference, never the person.
/// </summary>
public static class PlacementMessages
{
    /// <summary>Staff read French unless told otherwise: their accounts carry no language.</summary>
    private const string Language = "fr";

    public static string TemplateFor(CandidacyStatus status) => $"PlacementAnswer.{status}";

    public static async Task EmployerAnsweredAsync(AmudduDbContext db, FieldProtector protector, TimeProvider clock, Candidacy candidacy,
        Vacancies.Vacancy vacancy, CancellationToken cancellationToken)
    {
        var counsellor = await db.People.Where(p => p.Id == candidacy.PersonId).Select(p => p.CounsellorId).SingleAsync(cancellationToken);
        var email = counsellor is { } id
            ? await db.Users.Where(u => u.Id == id && u.IsActive).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var company = await db.Organisations.Where(o => o.Id == vacancy.CompanyId).Select(o => o.Name).SingleAsync(cancellationToken);
        await Outbox.EnqueueAsync(db, protector, clock, new OutboxRequest(vacancy.OrganisationId, null, OutboxChannel.Email, email, Language,
            TemplateFor(candidacy.Status),
            new Dictionary<string, string> { ["company"] = company, ["alias"] = candidacy.Alias, ["title"] = vacancy.Title, ["reference"] = vacancy.Reference },
            PlacementsAudit.Subject(candidacy.Id), $"placement-answer/{candidacy.Id}/{candidacy.Status}/{candidacy.AnsweredAt?.UtcTicks}", clock.GetUtcNow()),
            cancellationToken);
    }
}
