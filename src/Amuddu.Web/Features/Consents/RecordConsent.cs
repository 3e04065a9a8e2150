using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Consents;

/// <summary>Records a consent a person gave: for what, to whom when it is sharing, how, when and until when.</summary>
public static class RecordConsent
{
    public sealed record Request(
        ConsentPurpose? Purpose, Guid? RecipientOrganisationId, OrganisationKind? RecipientKind, ConsentMethod? Method,
        string? WitnessName, DateOnly? GivenOn, DateOnly? ExpiresOn, IReadOnlyList<SharedData>? SharedData = null);

    public static async Task<Results<Created<ConsentResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid personId, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var person = await GetPerson.FindAsync(db, staff, personId, cancellationToken);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        if (person.IsClosed)
        {
            return ClosedFile.Refused(person, text);
        }

        var today = SiteTime.Today(clock);
        var errors = new ValidationErrors(text).MaxLength("witnessName", request.WitnessName, 200, "WitnessName");
        if (request.Purpose is null)
        {
            errors.Add("purpose", text["FieldRequired", text["ConsentPurpose"]]);
        }

        if (request.Method is null)
        {
            errors.Add("method", text["FieldRequired", text["ConsentMethod"]]);
        }
        else if (request.Method == ConsentMethod.OralWithWitness)
        {
            errors.Required("witnessName", request.WitnessName, "WitnessName");
        }

        var sharing = request.Purpose == ConsentPurpose.SharingWithPartner;
        if (sharing && (request.RecipientOrganisationId is null) == (request.RecipientKind is null))
        {
            errors.Add("recipientOrganisationId", text["ConsentRecipientNeeded"]);
        }
        else if (!sharing && (request.RecipientOrganisationId is not null || request.RecipientKind is not null))
        {
            errors.Add("recipientOrganisationId", text["ConsentRecipientOnlyForSharing"]);
        }
        else if (request.RecipientOrganisationId is { } recipient
            && !await db.Organisations.AnyAsync(o => o.Id == recipient && o.IsActive, cancellationToken))
        {
            errors.Add("recipientOrganisationId", text["FieldNotAllowed", text["ConsentRecipient"]]);
        }

        // What a partner may see only means something for sharing; Identity is the least a referral carries.
        if (!sharing && request.SharedData is { Count: > 0 })
        {
            errors.Add("sharedData", text["Sending.ConsentSharedDataOnlyForSharing"]);
        }
        else if (request.SharedData is { } parts && !SharedDataParts.AreKnown(parts))
        {
            errors.Add("sharedData", text["FieldInvalid", "sharedData"]);
        }

        if (request.GivenOn is not { } given)
        {
            errors.Add("givenOn", text["FieldRequired", text["ConsentGivenOn"]]);
        }
        else if (given > today || given < today.AddYears(-20))
        {
            errors.Add("givenOn", text["ConsentGivenOnInvalid"]);
        }

        if (request.ExpiresOn is { } expires && request.GivenOn is { } start && expires <= start)
        {
            errors.Add("expiresOn", text["ConsentExpiresBeforeGiven"]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var consent = new Consent
        {
            PersonId = personId,
            OrganisationId = person.OrganisationId,
            Purpose = request.Purpose!.Value,
            RecipientOrganisationId = request.RecipientOrganisationId,
            RecipientKind = request.RecipientKind,
            SharedData = sharing ? SharedDataParts.Combine(request.SharedData ?? []) | SharedData.Identity : null,
            Method = request.Method!.Value,
            WitnessName = FreeText.Clean(request.WitnessName),
            GivenOn = request.GivenOn!.Value,
            ExpiresOn = request.ExpiresOn,
            RecordedBy = staff.UserId,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Consents.Add(consent);
        audit.Add(db, AuditActions.ConsentRecorded, staff.UserId, staff.OrganisationId, PeopleAudit.Subject(personId),
            $"consent {consent.Id}: {consent.Purpose}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}/consents/{consent.Id}", ConsentResponse.From(consent, today));
    }
}
