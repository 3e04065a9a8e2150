using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>While a registration is being typed: who already on file might this be?</summary>
public static class CheckDuplicates
{
    public static async Task<Ok<List<DuplicateCandidate>>> Handle(
        PersonDetails request, AmudduDbContext db, PeopleIndex index, ICurrentStaff staff, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var today = SiteTime.Today(clock);
        var probe = new Person { FileNumber = "", NationalityCode = "", RegionCode = "", City = "" };

        // A half-typed form still deserves an answer: unreadable parts are simply left out.
        probe.FirstName = request.FirstName?.Trim();
        probe.LastName = request.LastName?.Trim();
        probe.FirstNameArabic = request.FirstNameArabic?.Trim();
        probe.LastNameArabic = request.LastNameArabic?.Trim();
        probe.Sex = request.Sex ?? Sex.Female;
        if (PersonDetails.TryReadBirth(request.DateOfBirth, today, out var date, out var year))
        {
            probe.DateOfBirth = date;
            probe.BirthYear = year;
        }

        probe.NationalityCode = request.NationalityCode ?? "";
        probe.Phone = Amuddu.Linkage.Normalisation.PhoneNormaliser.TryNormalise(request.Phone, out var phone) ? phone : null;
        probe.City = request.City ?? "";
        var matches = await index.FindAsync(db, organisationId, probe, cancellationToken);
        return TypedResults.Ok(await DuplicateCandidates.DescribeAsync(matches, db, text, cancellationToken));
    }
}
