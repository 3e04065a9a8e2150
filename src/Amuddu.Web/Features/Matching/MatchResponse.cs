namespace Amuddu.Web.Features.Matching;

/// <summary>One requirement of a part: its code and name, how it went, what is asked and what the person has.</summary>
public sealed record MatchItemResponse(string Code, string? Name, string Outcome, string? Required, string? Held);

/// <summary>A part of the score with its reason in the reader's language (fr, ar or en, from Accept-Language or the culture cookie).</summary>
public sealed record MatchPartResponse(string Part, int Weight, double Points, string Outcome, string Reason, IReadOnlyList<MatchItemResponse> Items);

/// <summary>A published training of the catalogue whose occupation calls for a skill the person lacks.</summary>
public sealed record GapTrainingResponse(string SkillCode, string SkillName, Guid OfferId, string OfferName, string City);

public sealed record PersonMatchResponse(
    Guid PersonId, string Name, string? FileNumber, bool ViaReferral, int Score, IReadOnlyList<MatchPartResponse> Parts,
    IReadOnlyList<GapTrainingResponse> Trainings);

public sealed record PeopleMatchesResponse(Guid VacancyId, string Reference, string Title, DateOnly StartsOn, int Limit, IReadOnlyList<PersonMatchResponse> People);

public sealed record VacancyMatchResponse(
    Guid VacancyId, string Reference, string Title, string CompanyName, DateOnly StartsOn, DateOnly ClosesOn, int Score,
    IReadOnlyList<MatchPartResponse> Parts, IReadOnlyList<GapTrainingResponse> Trainings);

public sealed record VacancyMatchesResponse(Guid PersonId, int Limit, bool HasProfile, IReadOnlyList<VacancyMatchResponse> Vacancies);
