using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Positioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Vacancies;

/// <summary>A vacancy, for the service that validates it and for its company; "not found" for anyone else.</summary>
public static class GetVacancy
{
    public static async Task<Results<Ok<VacancyResponse>, NotFound>> Handle(
        Guid id, AmudduDbContext db, ICurrentStaff staff, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var vacancy = await VacancyAccess.Visible(db, staff).AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vacancy is null ? TypedResults.NotFound() : TypedResults.Ok(await ToResponseAsync(db, vacancy, text, cancellationToken));
    }

    public static async Task<VacancyResponse> ToResponseAsync(AmudduDbContext db, Vacancy v, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var company = await db.Organisations.Where(o => o.Id == v.CompanyId).Select(o => o.Name).SingleAsync(cancellationToken);
        var occupation = await db.Occupations.AsNoTracking().SingleAsync(o => o.Code == v.OccupationCode, cancellationToken);
        var codes = v.Skills.Select(s => s.SkillCode).ToList();
        var skills = await db.Skills.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, cancellationToken);
        return new VacancyResponse(
            v.Id, v.Reference, v.OrganisationId, v.CompanyId, company, v.Status, v.WrittenByEmployer, v.Title, v.Description, v.OccupationCode,
            occupation.NameIn(culture),
            [.. v.Skills.Select(s => new VacancySkillResponse(s.SkillCode, skills.TryGetValue(s.SkillCode, out var skill) ? skill.NameIn(culture) : s.SkillCode, s.Relation))],
            [.. v.Languages.Select(l => new VacancyLanguageResponse(l.LanguageCode, l.MinimumLevel))],
            v.MinimumEducation, v.ExperienceYears, [.. v.Places.Select(p => new VacancyPlaceResponse(p.RegionCode, p.City))], v.Contract, v.HoursPerWeek,
            v.PayMin, v.PayMax, v.Posts, v.StartsOn, v.ClosesOn, v.ValidatedAt, v.StatusNote,
            v.Status == VacancyStatus.Open ? text["Vacancies.WorkAuthorisationNotice"].Value : null, v.Version);
    }
}
