using System.Linq.Expressions;
using Amuddu.Web.Features.People;

namespace Amuddu.Web.Features.Documents;

public enum RightToWork
{
    Yes,
    No,
    ToCheck,
}

/// <summary>A person's legal status and right to work, read from their documents that are valid today.</summary>
public sealed record LegalStatus(string? StatusCode, RightToWork RightToWork, Guid? BasedOnDocumentId, DateOnly? ValidUntil)
{
    // Strongest evidence first. A passport or national ID proves identity, not a status.
    private static readonly (string Document, string Status, RightToWork Work)[] Evidence =
    [
        ("REFUGEE_CARD", "REFUGEE", RightToWork.Yes),
        ("RESIDENCE_CARD", "REGULARISED_MIGRANT", RightToWork.Yes),
        ("UNHCR_CERTIFICATE", "REFUGEE", RightToWork.ToCheck),
        ("ASYLUM_RECEIPT", "ASYLUM_SEEKER", RightToWork.No),
        // A regularisation application lodged: the person waits for the decision, without the right to work meanwhile.
        ("REGULARISATION_RECEIPT", "IN_REGULARISATION", RightToWork.No),
    ];

    public static LegalStatus From(IEnumerable<IdentityDocument> documents, DateOnly today)
    {
        var valid = documents.Where(d => d.ExpiresOn is null || d.ExpiresOn >= today).ToList();
        foreach (var (document, status, work) in Evidence)
        {
            var best = valid.Where(d => d.TypeCode == document).OrderByDescending(d => d.ExpiresOn ?? DateOnly.MaxValue).FirstOrDefault();
            if (best is not null)
            {
                return new LegalStatus(status, work, best.Id, best.ExpiresOn);
            }
        }

        return new LegalStatus(null, RightToWork.ToCheck, null, null);
    }

    public static IEnumerable<string> KnownStatuses => Evidence.Select(e => e.Status).Distinct();

    /// <summary>The document types that give the right to work (while valid), whatever the status they prove.</summary>
    public static IEnumerable<string> GivingRightToWork => Evidence.Where(e => e.Work == RightToWork.Yes).Select(e => e.Document);

    /// <summary>
    /// The same rule as <see cref="From"/>, as a query: the person's strongest document valid on
    /// <paramref name="today"/> gives <paramref name="status"/>. Lets search filter by legal status in the database.
    /// </summary>
    /// <summary>The document types that give a legal status, strongest first.</summary>
    public static IReadOnlyList<string> EvidenceDocuments => [.. Evidence.Select(e => e.Document)];

    /// <summary>The status that the evidence of <see cref="Strength"/> <paramref name="rank"/> gives.</summary>
    public static string StatusOfStrength(int rank) => Evidence[rank].Status;

    /// <summary>A document's rank among the evidence (0 the strongest), as a query the database runs; past the end for any other type.</summary>
    public static Expression<Func<IdentityDocument, int>> Strength()
    {
        var document = Expression.Parameter(typeof(IdentityDocument), "d");
        Expression rankBody = Expression.Constant(Evidence.Length);
        for (var i = Evidence.Length - 1; i >= 0; i--)
        {
            rankBody = Expression.Condition(
                Expression.Equal(Expression.Property(document, nameof(IdentityDocument.TypeCode)), Expression.Constant(Evidence[i].Document)),
                Expression.Constant(i), rankBody);
        }

        return Expression.Lambda<Func<IdentityDocument, int>>(rankBody, document);
    }

    public static Expression<Func<Person, bool>> Is(string status, IQueryable<IdentityDocument> documents, DateOnly today)
    {
        var evidenceTypes = Evidence.Select(e => e.Document).ToList();
        var typesGivingStatus = Evidence.Where(e => e.Status == status).Select(e => e.Document).ToList();
        var strength = Strength();
        return p => typesGivingStatus.Contains(documents
            .Where(d => d.PersonId == p.Id && evidenceTypes.Contains(d.TypeCode) && (d.ExpiresOn == null || d.ExpiresOn >= today))
            .OrderBy(strength).Select(d => d.TypeCode).FirstOrDefault()!);
    }
}
