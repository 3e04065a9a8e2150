using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outreach;

/// <summary>
/// A counsellor turns a pre-registration into a full file: the existing file of the same person
/// (found by the duplicate check), or a new one registered through <see cref="RegisterPerson"/>.
/// A consent to be contacted given in the field is carried to the file, and the person's session
/// places follow them. A pre-registration is converted once: the second attempt gets 409.
/// </summary>
public static class ConvertPreRegistration
{
    public sealed record Request(Guid? ExistingPersonId, PersonDetails? Person, Guid[]? NotDuplicateOf, long Version);

    public sealed record Response(Guid PersonId, bool NewFile, PreRegistrationResponse PreRegistration);

    /// <summary>What the registration form starts with, and who already on file might be this person.</summary>
    public sealed record Proposal(PersonDetails Person, List<DuplicateCandidate> Candidates, PreRegistrationResponse PreRegistration);

    public static async Task<Results<Ok<Proposal>, NotFound>> Propose(
        Guid id, AmudduDbContext db, PeopleIndex index, ICurrentStaff staff, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var pre = await PreRegistrationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pre is null)
        {
            return TypedResults.NotFound();
        }

        var details = await PrefillAsync(db, pre, cancellationToken);
        var candidates = pre.Status == PreRegistrationStatus.Open
            ? (await CheckDuplicates.Handle(details, db, index, staff, clock, text, cancellationToken)).Value!
            : [];
        return TypedResults.Ok(new Proposal(details, candidates, PreRegistrationResponse.From(pre)));
    }

    /// <summary>The registration form filled with what the agent noted; the address from the agency and the activity.</summary>
    public static async Task<PersonDetails> PrefillAsync(AmudduDbContext db, PreRegistration pre, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == pre.SiteId).Select(s => new { s.RegionCode, s.City }).SingleOrDefaultAsync(cancellationToken);
        var neighbourhood = pre.OutreachActivityId is null ? null
            : await db.OutreachActivities.AsNoTracking().Where(a => a.Id == pre.OutreachActivityId).Select(a => a.Neighbourhood).SingleOrDefaultAsync(cancellationToken);
        var arabic = TextFolding.ContainsArabic(pre.FirstName) || TextFolding.ContainsArabic(pre.LastName);
        var whatsApp = pre.ContactChannel == ContactChannel.WhatsApp;
        return new PersonDetails(
            arabic ? null : NullIfEmpty(pre.FirstName), arabic ? null : pre.LastName,
            arabic ? NullIfEmpty(pre.FirstName) : null, arabic ? pre.LastName : null,
            pre.Sex, null, pre.NationalityCode, [pre.Language],
            whatsApp ? null : pre.Phone, whatsApp ? pre.Phone : null, pre.Email,
            site?.RegionCode, site?.City, neighbourhood, null,
            pre.Source == PreRegistrationSource.Outreach ? HeardFrom.CommunityAgent : null, pre.SiteId);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    public static async Task<Results<Ok<Response>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, PeopleIndex index, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var found = await PreRegistrationAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        if ((request.ExistingPersonId is null) == (request.Person is null))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["existingPersonId"] = [text["Outreach.ExistingOrNew"]] }, title: text["ValidationTitle"]);
        }

        if (found.Status != PreRegistrationStatus.Open)
        {
            return Conflicts.Of(text["Outreach.NotOpen"]);
        }

        if (found.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        Guid personId;
        if (request.ExistingPersonId is { } existingId)
        {
            var person = await GetPerson.FindAsync(db, staff, existingId, cancellationToken);
            if (person is null)
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["existingPersonId"] = [text["FieldNotAllowed", text["Outreach.ExistingFile"]]] }, title: text["ValidationTitle"]);
            }

            if (person.IsClosed)
            {
                return ClosedFile.Refused(person, text);
            }

            personId = person.Id;
        }
        else
        {
            personId = Guid.Empty;
        }

        // One transaction from the claim to the last write, audit entries included: a crash or a refusal on
        // the way leaves the pre-registration open and no file. Claimed first, in the database: of two
        // counsellors converting at once, only one gets it (the other waits on the row, then finds it taken).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await Claim(db, id, cancellationToken) == 0)
        {
            return Conflicts.Of(text["Outreach.NotOpen"]);
        }

        if (request.Person is { } details)
        {
            var registered = await RegisterPerson.Handle(new RegisterPerson.Request(details, request.NotDuplicateOf),
                db, index, staff, audit, clock, text, cancellationToken);
            if (registered.Result is Created<PersonResponse> created)
            {
                personId = created.Value!.Id;
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                return registered.Result switch
                {
                    ValidationProblem invalid => invalid,
                    ProblemHttpResult problem => problem,
                    _ => throw new InvalidOperationException("RegisterPerson answered something unexpected."),
                };
            }
        }

        db.ChangeTracker.Clear();
        var pre = await db.PreRegistrations.SingleAsync(p => p.Id == id, cancellationToken);
        pre.PersonId = personId;
        pre.ConvertedAt = clock.GetUtcNow();
        pre.ConvertedBy = staff.UserId;
        var carried = await CarryContactConsentAsync(db, pre, personId, staff, clock, cancellationToken);

        // The person's places in information sessions follow them to their file, unless the file already holds one in that session.
        var places = await db.SessionRegistrations.Where(r => r.PreRegistrationId == id).ToListAsync(cancellationToken);
        var sessionsHeld = await db.SessionRegistrations.Where(r => r.PersonId == personId).Select(r => r.SessionId).ToListAsync(cancellationToken);
        foreach (var place in places)
        {
            if (!sessionsHeld.Contains(place.SessionId))
            {
                place.PersonId = personId;
            }

            place.FollowUp = SessionFollowUp.ConvertedToFile;
        }

        var newFile = request.ExistingPersonId is null;
        audit.Add(db, OutreachAudit.PreRegistrationConverted, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"{OutreachAudit.PreRegistration(id)}, {(newFile ? "new file" : "existing file")}{(carried ? ", contact consent carried" : "")}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new Response(personId, newFile, PreRegistrationResponse.From(pre)));
    }

    /// <summary>Takes the pre-registration (a change of version, so a close sent meanwhile gets 409).</summary>
    private static Task<int> Claim(AmudduDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.PreRegistrations.Where(p => p.Id == id && p.Status == PreRegistrationStatus.Open && p.PersonId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PreRegistrationStatus.Converted).SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);

    /// <summary>
    /// Amuddu's contact consent covers SMS and WhatsApp; given to an agent in the field it was oral,
    /// before the agent as witness, and ticked on the public form it is the person's own written word.
    /// An e-mail-only consent has no purpose of its own yet and stays on the pre-registration.
    /// </summary>
    private static async Task<bool> CarryContactConsentAsync(
        AmudduDbContext db, PreRegistration pre, Guid personId, ICurrentStaff staff, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!pre.ContactConsent || pre.ContactChannel is not (ContactChannel.Sms or ContactChannel.WhatsApp) || pre.ContactConsentAt is not { } at)
        {
            return false;
        }

        var given = DateOnly.FromDateTime(SiteTime.ToLocal(at));
        var today = SiteTime.Today(clock);
        if (await db.Consents.Where(ProcessingConsent.InForce(ConsentPurpose.ContactBySmsOrWhatsApp, today)).AnyAsync(c => c.PersonId == personId, cancellationToken))
        {
            return false;
        }

        var witness = pre.AgentId is null ? null
            : await db.Users.Where(u => u.Id == pre.AgentId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        db.Consents.Add(new Consent
        {
            PersonId = personId,
            OrganisationId = pre.OrganisationId,
            Purpose = ConsentPurpose.ContactBySmsOrWhatsApp,
            Method = witness is null ? ConsentMethod.SignedForm : ConsentMethod.OralWithWitness,
            WitnessName = witness,
            GivenOn = given,
            RecordedBy = staff.UserId,
            RecordedAt = clock.GetUtcNow(),
        });
        return true;
    }
}
