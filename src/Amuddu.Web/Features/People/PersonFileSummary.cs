using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.People;

/// <summary>
/// What the header, the side navigation and the overview of a person's file show: the key facts and a
/// count per section. Read in a handful of commands (the person, one query of counts, the documents
/// that give the legal status, the two names to show), whatever the size of the file, so that opening
/// a file does not run every section's queries.
/// </summary>
public sealed record PersonFileSummary(
    PersonResponse Person,
    string? SurvivorNumber,
    string? SiteName,
    string? CounsellorName,
    string? NationalityName,
    LegalStatus LegalStatus,
    string? LegalStatusName,
    PersonFileSummary.Counts Count)
{
    public sealed record Counts(
        int Documents, int ExpiredDocuments, int Consents, bool ProcessingConsent, DateOnly? InterviewedOn, int TargetOccupations,
        ActionPlanStatus? PlanStatus, int OpenSteps, int OverdueSteps, DateTimeOffset? NextAppointment, int Appointments,
        int Notes, DateTimeOffset? LastContact, int Outcomes, int PendingChecks, int OverdueChecks,
        int Referrals, int OpenReferrals, int Applications, int Sessions, int Merges);

    public bool Closed => Person.ErasedAt is not null || Person.MergedIntoId is not null;

    public string Name => People.Person.NameOf(Person.FirstName, Person.LastName, Person.FirstNameArabic, Person.LastNameArabic);

    /// <summary>Opens the file: the person (another organisation's is not found) and the "file viewed" entry of the audit trail.</summary>
    public static async Task<PersonFileSummary?> OpenAsync(
        Guid id, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken) =>
        (await GetPerson.Handle(id, db, staff, audit, cancellationToken)).Result is Ok<PersonResponse> { Value: { } person }
            ? await LoadAsync(person, db, clock, cancellationToken)
            : null;

    /// <summary>Reads the file again after a change on the page, without a second "viewed" entry.</summary>
    public static async Task<PersonFileSummary?> ReloadAsync(
        Guid id, AmudduDbContext db, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken) =>
        await GetPerson.FindAsync(db, staff, id, cancellationToken) is { } person
            ? await LoadAsync(PersonResponse.From(person), db, clock, cancellationToken)
            : null;

    private static async Task<PersonFileSummary> LoadAsync(PersonResponse person, AmudduDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = person.Id;
        var today = SiteTime.Today(clock);
        var now = clock.GetUtcNow();

        // One command: every figure is a scalar subquery of the person's row.
        var counts = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            SiteName = db.Sites.Where(s => s.Id == p.SiteId).Select(s => s.Name).FirstOrDefault(),
            CounsellorName = db.Users.Where(u => u.Id == p.CounsellorId).Select(u => u.DisplayName).FirstOrDefault(),
            SurvivorNumber = db.People.Where(s => s.Id == p.MergedIntoId).Select(s => s.FileNumber).FirstOrDefault(),
            Consents = db.Consents.Count(c => c.PersonId == id),
            ProcessingConsent = db.Consents.Where(Amuddu.Web.Features.Consents.ProcessingConsent.InForce(ConsentPurpose.Processing, today)).Any(c => c.PersonId == id),
            InterviewedOn = db.PositioningRecords.Where(r => r.PersonId == id).Select(r => (DateOnly?)r.InterviewedOn).FirstOrDefault(),
            Targets = db.TargetOccupations.Count(t => t.PersonId == id),
            PlanStatus = db.ActionPlans.Where(a => a.PersonId == id).Select(a => (ActionPlanStatus?)a.Status).FirstOrDefault(),
            OpenSteps = db.ActionPlanSteps.Count(s => s.PersonId == id && (s.Status == StepStatus.Planned || s.Status == StepStatus.InProgress)),
            OverdueSteps = db.ActionPlanSteps.Where(ActionPlanStep.OverdueOn(today)).Count(s => s.PersonId == id),
            NextAppointment = db.Appointments.Where(a => a.PersonId == id && a.Status == AppointmentStatus.Booked && a.StartsAt >= now)
                .OrderBy(a => a.StartsAt).Select(a => (DateTimeOffset?)a.StartsAt).FirstOrDefault(),
            Appointments = db.Appointments.Count(a => a.PersonId == id),
            Notes = db.ContactNotes.Count(n => n.PersonId == id),
            LastContact = db.ContactNotes.Where(n => n.PersonId == id).OrderByDescending(n => n.ContactedAt)
                .Select(n => (DateTimeOffset?)n.ContactedAt).FirstOrDefault(),
            Outcomes = db.Outcomes.Count(o => o.PersonId == id),
            PendingChecks = db.FollowUpChecks.Count(c => c.PersonId == id && c.Status == CheckStatus.Pending),
            OverdueChecks = db.FollowUpChecks.Count(c => c.PersonId == id && c.Status == CheckStatus.Pending && c.DueOn < today),
            Referrals = db.Referrals.Count(r => r.PersonId == id),
            OpenReferrals = db.Referrals.Count(r => r.PersonId == id && (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received
                || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)),
            Applications = db.Applications.Count(a => a.PersonId == id),
            Sessions = db.SessionRegistrations.Count(r => r.PersonId == id && r.OrganisationId == p.OrganisationId),
            Merges = db.PersonMerges.Count(m => m.SurvivorId == id || m.DuplicateId == id),
        }).SingleAsync(cancellationToken);

        var documents = await db.IdentityDocuments.AsNoTracking().Where(d => d.PersonId == id)
            .Select(d => new IdentityDocument { Id = d.Id, PersonId = d.PersonId, TypeCode = d.TypeCode, ExpiresOn = d.ExpiresOn, NumberCipher = "", NumberFingerprint = "" })
            .ToListAsync(cancellationToken);
        var legalStatus = LegalStatus.From(documents, today);

        // The two names the header shows, in one command rather than the whole country and status lists.
        var names = await db.ReferenceItems.AsNoTracking()
            .Where(r => (r.Kind == ReferenceKind.Country && r.Code == person.NationalityCode)
                || (r.Kind == ReferenceKind.LegalStatus && r.Code == legalStatus.StatusCode))
            .ToListAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture;

        return new PersonFileSummary(person, counts.SurvivorNumber, counts.SiteName, counts.CounsellorName,
            names.FirstOrDefault(n => n.Kind == ReferenceKind.Country)?.NameIn(culture),
            legalStatus, names.FirstOrDefault(n => n.Kind == ReferenceKind.LegalStatus)?.NameIn(culture),
            new Counts(documents.Count, documents.Count(d => d.ExpiresOn < today), counts.Consents, counts.ProcessingConsent,
                counts.InterviewedOn, counts.Targets, counts.PlanStatus, counts.OpenSteps, counts.OverdueSteps, counts.NextAppointment,
                counts.Appointments, counts.Notes, counts.LastContact, counts.Outcomes, counts.PendingChecks, counts.OverdueChecks,
                counts.Referrals, counts.OpenReferrals, counts.Applications, counts.Sessions, counts.Merges));
    }
}
