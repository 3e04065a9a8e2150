using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>Who sees which exchange: the coordinator and administrators all of their organisation's, other staff those they took part in.</summary>
public static class ExchangeAccess
{
    public static bool Runs(ICurrentStaff staff) => Policies.ExchangeRoles.Any(staff.IsInRole);

    public static IQueryable<PeerExchange> Visible(AmudduDbContext db, ICurrentStaff staff)
    {
        var organisationId = staff.OrganisationId;
        var exchanges = db.PeerExchanges.Where(e => e.OrganisationId == organisationId);
        if (Runs(staff))
        {
            return exchanges;
        }

        var userId = staff.UserId;
        return exchanges.Where(e => e.Participants.Any(p => p.UserId == userId));
    }

    /// <summary>Theme names as typed, each known, each once.</summary>
    public static List<string> Themes(IEnumerable<string?>? themes) =>
        [.. (themes ?? []).OfType<string>().Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];

    public static bool AllKnown(IEnumerable<string> themes) => themes.All(t => Enum.TryParse<ExchangeTheme>(t, out _) && !int.TryParse(t, out _));
}

public static class ExchangesAudit
{
    public const string ExchangeRecorded = "exchanges.exchange-recorded";
    public const string LogWritten = "exchanges.log-written";
    public const string PracticeRecorded = "exchanges.practice-recorded";
    public const string PracticeTranslated = "exchanges.practice-translated";
    public const string CommitmentRecorded = "exchanges.commitment-recorded";
    public const string FollowUpRecorded = "exchanges.follow-up-recorded";

    public static string Exchange(Guid id) => $"peer-exchange {id}";

    public static string Practice(Guid id) => $"practice {id}";

    public static string Commitment(Guid id) => $"commitment {id}";
}
