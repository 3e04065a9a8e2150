namespace Amuddu.Web.Features.Training;

public sealed record CertificateResponse(
    Guid Id, Guid CycleId, Guid ParticipantId, string HolderName, string Code, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt, string? RevocationReason)
{
    public static CertificateResponse From(TrainingCertificate c) =>
        new(c.Id, c.CycleId, c.ParticipantId, c.HolderName, c.Code, c.IssuedAt, c.RevokedAt, c.RevocationReason);
}

/// <summary>A cycle's enrolled participants: whether they met the completion rule, and their certificate.</summary>
public sealed record CertificateRow(Guid ParticipantId, string Name, string? Agency, DateTimeOffset? CompletedAt, CertificateResponse? Certificate);

public sealed record CertificatesResponse(Guid CycleId, string Title, int Issued, List<CertificateRow> Participants);

public sealed record RevokeInput(string? Reason);
