using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>
/// Registers a person at reception. The likely people already on file are checked first: the
/// counsellor either opens the existing file or states that none of them is this person.
/// </summary>
public static class RegisterPerson
{
    public sealed record Request(PersonDetails Person, Guid[]? NotDuplicateOf);

    public static async Task<Results<Created<PersonResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, AmudduDbContext db, PeopleIndex index, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var today = SiteTime.Today(clock);
        if (request.Person is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["person"] = [text["FieldRequired", "person"]] }, title: text["ValidationTitle"]);
        }

        var errors = await request.Person.ValidateAsync(db, organisationId, today, text, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var person = new Person
        {
            FileNumber = await NewFileNumberAsync(db, today, cancellationToken),
            OrganisationId = organisationId,
            CounsellorId = staff.UserId,
            NationalityCode = "",
            RegionCode = "",
            City = "",
        };
        request.Person.ApplyTo(person, today);

        var candidates = await index.FindAsync(db, organisationId, person, cancellationToken);
        var unanswered = candidates.Where(c => !(request.NotDuplicateOf ?? []).Contains(Guid.Parse(c.PersonId))).ToList();
        if (unanswered.Count > 0)
        {
            var problem = TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: text["PossibleDuplicates"],
                type: ProblemTypes.PossibleDuplicates,
                extensions: new Dictionary<string, object?> { ["candidates"] = await DuplicateCandidates.DescribeAsync(unanswered, db, text, cancellationToken) });
            return problem;
        }

        person.CreatedAt = clock.GetUtcNow();
        db.People.Add(person);
        db.PersonSearchKeys.AddRange(PersonSearchKey.For(person));
        audit.Add(db, AuditActions.PersonRegistered, staff.UserId, organisationId, PeopleAudit.Subject(person.Id),
            candidates.Count == 0 ? null : $"not the same person as {string.Join(", ", candidates.Select(c => c.PersonId))}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/people/{person.Id}", PersonResponse.From(person));
    }

    // "2026-048213": the year, then six random digits; nothing about the person.
    private static async Task<string> NewFileNumberAsync(AmudduDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        while (true)
        {
            var number = $"{today.Year}-{System.Security.Cryptography.RandomNumberGenerator.GetInt32(0, 1_000_000):D6}";
            if (!await db.People.AnyAsync(p => p.FileNumber == number, cancellationToken))
            {
                return number;
            }
        }
    }
}

public static class PeopleAudit
{
    public static string Subject(Guid personId) => $"person {personId}";

    /// <summary>The audit subjects of a file and of the files merged into it, whose history is now its own.</summary>
    public static async Task<List<string>> SubjectsAsync(AmudduDbContext db, Guid personId, CancellationToken cancellationToken)
    {
        var merged = await db.People.Where(p => p.MergedIntoId == personId).Select(p => p.Id).ToListAsync(cancellationToken);
        return [Subject(personId), .. merged.Select(Subject)];
    }
}
