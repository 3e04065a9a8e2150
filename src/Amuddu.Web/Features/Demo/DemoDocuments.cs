using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.People;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Demo;

/// <summary>
/// Documents for the demo people who consented: mostly residence and refugee cards, some UNHCR
/// certificates and asylum receipts, a few expiring within the alert window and a few already expired.
/// </summary>
public static class DemoDocuments
{
    private static readonly (string Type, string Prefix, string Authority, int Years)[] Kinds =
    [
        ("RESIDENCE_CARD", "RC", "DGSN", 3), ("RESIDENCE_CARD", "RC", "DGSN", 1), ("REFUGEE_CARD", "RF", "BRA", 3),
        ("UNHCR_CERTIFICATE", "UN", "HCR Rabat", 1), ("ASYLUM_RECEIPT", "AR", "HCR Rabat", 1), ("PASSPORT", "P", "Ambassade", 5),
    ];

    public static async Task SeedAsync(AmudduDbContext db, FieldProtector protector, IReadOnlyList<(Person Person, DemoStage Stage)> people,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var random = new Random(909);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var index = 0;
        foreach (var (person, stage) in people)
        {
            index++;
            if (stage == DemoStage.Received || random.Next(10) == 0)
            {
                continue;
            }

            var kind = Kinds[random.Next(Kinds.Length)];
            // One in eight expires within the 60-day alert window, one in twelve has expired.
            var expires = (index % 24) switch
            {
                < 3 => today.AddDays(5 + random.Next(50)),
                < 5 => today.AddDays(-1 - random.Next(120)),
                _ => today.AddDays(90 + random.Next(365 * kind.Years)),
            };
            var number = $"{kind.Prefix}-{random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture)}";
            db.IdentityDocuments.Add(new IdentityDocument
            {
                PersonId = person.Id,
                OrganisationId = person.OrganisationId,
                TypeCode = kind.Type,
                NumberCipher = protector.ProtectText(number),
                NumberFingerprint = AddDocument.Fingerprint(protector, number),
                IssuingAuthority = kind.Authority,
                IssuedOn = expires.AddYears(-kind.Years),
                ExpiresOn = expires,
                RecordedBy = person.CounsellorId,
                RecordedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
