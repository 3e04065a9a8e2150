using Amuddu.Linkage;
using Amuddu.Linkage.Online;
using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.People;

/// <summary>A person already on file who may be the one registering, with the score and each field's reason.</summary>
public sealed record DuplicateCandidate(Guid PersonId, string FileNumber, string Name, string? DateOfBirth, double Score, IReadOnlyList<string> Reasons);

public static class DuplicateCandidates
{
    public static async Task<List<DuplicateCandidate>> DescribeAsync(
        IReadOnlyList<OnlineMatch> matches, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var ids = matches.Select(m => Guid.Parse(m.PersonId)).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. matches.Where(m => people.ContainsKey(Guid.Parse(m.PersonId))).Select(m =>
        {
            var person = people[Guid.Parse(m.PersonId)];
            var reasons = m.Explanation.Reasons.Where(r => r.Level != 0)
                .Select(r => $"{text[$"LinkageField.{r.Field}"]} : {text[$"Agreement.{KindOf(r.Field)}.{r.Level}"]}")
                .Prepend(m.Explanation.NamesSwapped ? text["NamesSwapped"].Value : null)
                .OfType<string>()
                .ToList();
            return new DuplicateCandidate(person.Id, person.FileNumber, person.DisplayName, PersonResponse.BirthText(person), Math.Round(m.Score, 1), reasons);
        })];
    }

    private static string KindOf(Field field) => field switch
    {
        Field.FirstName or Field.LastName => "Name",
        Field.DateOfBirth => "Date",
        Field.Sex or Field.Nationality or Field.City => "Simple",
        Field.Phone or Field.Document => "Identifier",
    };
}
