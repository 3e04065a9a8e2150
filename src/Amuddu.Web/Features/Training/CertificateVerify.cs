using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

public enum VerificationOutcome
{
    /// <summary>No certificate has that code: forged, mistyped or unknown, all answered the same.</summary>
    Unknown,
    Valid,
    Revoked,
}

/// <summary>What the public verification shows: for a valid code the holder, the cycle, who delivered it and when it was issued; for a revoked one only when.</summary>
public sealed record Verification(VerificationOutcome Outcome, string? Code, string? HolderName, string? Cycle, string? DeliveredBy, DateTimeOffset? IssuedAt, DateTimeOffset? RevokedAt);

/// <summary>Anyone checks a certificate's code, without signing in (the page is rate-limited per address).</summary>
public static class CertificateVerify
{
    public static async Task<Verification> LoadAsync(AmudduDbContext db, string? typed, CancellationToken cancellationToken)
    {
        var code = CertificateCodes.Normalise(typed);
        var found = code is null ? null : await (
            from c in db.TrainingCertificates.AsNoTracking()
            where c.Code == code
            join cycle in db.TrainingCycles on c.CycleId equals cycle.Id
            join o in db.Organisations on cycle.DeliveredById equals o.Id
            select new { c.HolderName, cycle.Title, o.Name, c.IssuedAt, c.RevokedAt }).SingleOrDefaultAsync(cancellationToken);
        return found switch
        {
            null => new Verification(VerificationOutcome.Unknown, null, null, null, null, null, null),
            { RevokedAt: { } revoked } => new Verification(VerificationOutcome.Revoked, code, null, null, null, null, revoked),
            _ => new Verification(VerificationOutcome.Valid, code, found.HolderName, found.Title, found.Name, found.IssuedAt, null),
        };
    }
}

public static class CertificateVerifyPaths
{
    /// <summary>The public page (and its form), rate-limited per address in <see cref="Access.RateLimits"/>.</summary>
    public const string Page = "/verify";

    public static string Of(string code) => $"{Page}/{code}";
}
