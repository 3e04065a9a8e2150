using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Matching;

public static class MatchingApi
{
    /// <summary><c>/api/v1/matches</c>: the counsellors of the service rank people for its vacancies and vacancies for its people.</summary>
    public static RouteGroupBuilder MapMatchingApi(this RouteGroupBuilder api)
    {
        var matches = api.MapGroup("/matches").WithTags("Matching").RequireAuthorization(Policies.PeopleFiles);
        matches.MapGet("/vacancies/{vacancyId:guid}/people", MatchPeople.Handle)
            .WithSummary("The ranked people for a vacancy (limit: 1–200, default 50): score, parts with reasons and codes, trainings closing the skill gaps.");
        matches.MapGet("/people/{personId:guid}/vacancies", MatchVacancies.Handle)
            .WithSummary("The ranked open vacancies for a person (limit: 1–200, default 20): score, parts with reasons and codes, trainings closing the skill gaps.");
        return api;
    }
}
