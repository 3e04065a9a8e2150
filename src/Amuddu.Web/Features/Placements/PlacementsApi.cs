using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Placements;

/// <summary>
/// From shortlist to hire: <c>/api/v1/vacancies/{vacancyId}/candidates</c> for the counsellors of the vacancy's service and
/// <c>/api/v1/employer/vacancies/{vacancyId}/candidates</c> for the users of its company.
/// </summary>
public static class PlacementsApi
{
    public static RouteGroupBuilder MapPlacementsApi(this RouteGroupBuilder api)
    {
        var service = api.MapGroup("/vacancies/{vacancyId:guid}/candidates").WithTags("Placements").RequireAuthorization(Policies.PeopleFiles);
        service.MapGet("", ListCandidacies.Handle).WithSummary("The vacancy's candidacies, with the employer's answers and the incentives on offer after a hire.");
        service.MapPost("", Shortlist.Handle).WithSummary("Shortlist one of the service's people (by id or file number); 409 the second time.");
        service.MapPost("/{candidacyId:guid}/check", CheckWithPerson.Handle).WithSummary("Record whether the person is interested (409 when stale or already sent).");
        service.MapPost("/{candidacyId:guid}/send", SendToEmployer.Handle)
            .WithSummary("Send the profile to the company: only under the person's consent to share with it (409 consent-required otherwise).");

        var employer = api.MapGroup("/employer/vacancies/{vacancyId:guid}/candidates").WithTags("Placements").RequireAuthorization(Policies.Employer);
        employer.MapGet("", ListEmployerCandidates.Handle).WithSummary("The company's candidates: anonymous profiles, named once sent with consent.");
        employer.MapPost("/{candidacyId:guid}/answer", AnswerCandidacy.Handle)
            .WithSummary("Interview, hire (records the employed outcome and fills the vacancy when its posts are reached) or not retained.");
        return api;
    }
}
