using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Employers;

/// <summary>The company file with its sections; "not found" for anyone who may not see it.</summary>
public static class GetCompany
{
    public static async Task<Results<Ok<CompanyResponse>, NotFound>> Handle(Guid id, AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var response = await LoadAsync(db, staff, id, cancellationToken);
        return response is null ? TypedResults.NotFound() : TypedResults.Ok(response);
    }

    public static async Task<CompanyResponse?> LoadAsync(AmudduDbContext db, ICurrentStaff staff, Guid id, CancellationToken cancellationToken)
    {
        var company = await EmployerAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == id, cancellationToken);
        if (company is null)
        {
            return null;
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken);
        var counsellor = company.CounsellorId is { } cid
            ? await db.Users.Where(u => u.Id == cid).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var contacts = await db.CompanyContacts.AsNoTracking().Where(c => c.CompanyId == id).OrderByDescending(c => c.IsMain).ThenBy(c => c.Name)
            .Select(c => new ContactResponse(c.Id, c.Name, c.JobTitle, c.Phone, c.Email, c.IsMain)).ToListAsync(cancellationToken);
        var agreements = await db.CompanyAgreements.AsNoTracking().Where(a => a.CompanyId == id).OrderByDescending(a => a.SignedOn)
            .Select(a => new AgreementResponse(a.Id, a.Kind, a.Title, a.SignedOn, a.EndsOn)).ToListAsync(cancellationToken);

        List<InteractionResponse> interactions = [];
        List<HireResponse> hires = [];
        List<IncentiveResponse> incentives = [];
        if (!EmployerAccess.IsEmployer(staff))
        {
            interactions = await db.CompanyInteractions.AsNoTracking().Where(i => i.CompanyId == id)
                .OrderByDescending(i => i.On).ThenByDescending(i => i.RecordedAt)
                .Select(i => new InteractionResponse(i.Id, i.Kind, i.On, i.Summary, db.Users.Where(u => u.Id == i.RecordedBy).Select(u => u.DisplayName).FirstOrDefault()))
                .ToListAsync(cancellationToken);
            var service = company.ServiceOrganisationId;
            hires = (await db.Outcomes.AsNoTracking()
                .Where(o => o.Kind == OutcomeKind.Employed && o.EmployerOrganisationId == id && o.OrganisationId == service)
                .Join(db.People, o => o.PersonId, p => p.Id, (o, p) => new { o, p.FirstName, p.LastName, p.FirstNameArabic, p.LastNameArabic })
                .OrderByDescending(x => x.o.StartsOn)
                .ToListAsync(cancellationToken))
                .Select(x => new HireResponse(x.o.Id, x.o.PersonId, $"{x.FirstName ?? x.FirstNameArabic} {x.LastName ?? x.LastNameArabic}".Trim(),
                    x.o.StartsOn, x.o.OccupationTitle, x.o.ContractType))
                .ToList();
            incentives = (await db.Applications.AsNoTracking()
                .Where(a => a.EmployerOrganisationId == id && a.OrganisationId == service)
                .Join(db.Programmes, a => a.ProgrammeId, p => p.Id, (a, p) => new { a.Id, a.Reference, p.Name, a.Status, a.RequestedCentimes, a.ApprovedCentimes, a.CreatedAt })
                .ToListAsync(cancellationToken))
                .OrderByDescending(a => a.CreatedAt)
                .Select(a => new IncentiveResponse(a.Id, a.Reference, a.Name, a.Status, Money.ToDirhams(a.RequestedCentimes),
                    a.ApprovedCentimes is { } approved ? Money.ToDirhams(approved) : null))
                .ToList();
        }

        return new CompanyResponse(
            id, company.ServiceOrganisationId, organisation.Name, company.Ice, company.Sector, company.Size, organisation.RegionCode, organisation.City,
            organisation.Address, organisation.ContactPhone, organisation.ContactEmail, company.CounsellorId, counsellor,
            EmployerAccess.IsEmployer(staff) ? null : company.Notes, company.Version, contacts, agreements, interactions, hires, incentives);
    }
}
