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
}
