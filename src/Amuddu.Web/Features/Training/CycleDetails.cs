using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>Reads a cycle with what the caller may see of it, for the API and the cycle's page alike.</summary>
public static class CycleDetails
{
    public static async Task<TrainingCycleResponse> LoadAsync(AmudduDbContext db, ICurrentStaff staff, TrainingCycle cycle, CancellationToken cancellationToken)
    {
        var whole = TrainingAccess.SeesWholeCycle(cycle, staff);
        var names = await db.Organisations.AsNoTracking().Where(o => o.Id == cycle.DeliveredById || o.Id == cycle.FunderId)
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycle.Id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        var moduleIds = modules.Select(m => m.Id).ToList();
        var materials = (await db.ModuleMaterials.AsNoTracking().Where(m => moduleIds.Contains(m.ModuleId))
            .OrderBy(m => m.Language).ThenByDescending(m => m.VersionNumber).ToListAsync(cancellationToken)).ToLookup(m => m.ModuleId);
        var sessions = await SessionsAsync(db, TrainingAccess.Sessions(db, staff, cycle), cancellationToken);
        var participants = await ParticipantsAsync(db, cycle.Id, enrolledOnly: !whole, cancellationToken);
        return new TrainingCycleResponse(cycle.Id, cycle.Title, cycle.Description, cycle.DeliveredById, names.GetValueOrDefault(cycle.DeliveredById, ""),
            cycle.FunderId, cycle.FunderId is { } f ? names.GetValueOrDefault(f) : null, cycle.StartsOn, cycle.EndsOn,
            cycle.TargetRoles, cycle.TargetSiteIds, cycle.TargetRegions, cycle.Capacity, cycle.MinAttendancePercent, cycle.MinPostTestPercent,
            cycle.Status, cycle.Version, TrainingAccess.IsCoordinator(staff) && cycle.OrganisationId == staff.OrganisationId,
            [.. modules.Select(m => From(m, materials[m.Id]))], sessions, participants);
    }

    public static TrainingModuleResponse From(TrainingModule m, IEnumerable<ModuleMaterial> materials) =>
        new(m.Id, m.Number, m.Title, m.Objectives, m.DurationHours, m.Theme, m.Version, [.. materials.Select(From)]);

    public static ModuleMaterialResponse From(ModuleMaterial m) =>
        new(m.Id, m.ModuleId, m.Language, m.VersionNumber, m.FileName, m.ContentType, m.Size, m.UploadedAt);

    public static async Task<List<TrainingSessionResponse>> SessionsAsync(AmudduDbContext db, IQueryable<TrainingSession> query, CancellationToken cancellationToken)
    {
        var sessions = await query.AsNoTracking().OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var trainers = (await db.TrainingSessionTrainers.AsNoTracking().Where(t => ids.Contains(t.SessionId))
            .Join(db.Users, t => t.TrainerId, u => u.Id, (t, u) => new { t.SessionId, u.Id, u.DisplayName })
            .ToListAsync(cancellationToken)).ToLookup(t => t.SessionId);
        return [.. sessions.Select(s => From(s, [.. trainers[s.Id].Select(t => new TrainingTrainerName(t.Id, t.DisplayName)).OrderBy(t => t.Name, StringComparer.CurrentCulture)]))];
    }

    public static TrainingSessionResponse From(TrainingSession s, List<TrainingTrainerName> trainers) =>
        new(s.Id, s.ModuleId, s.StartsAt, s.DurationMinutes, s.Place, s.SiteId, s.OnlineLink, s.Capacity, s.IsCatchUp, s.RegionCode, s.Status,
            trainers, s.Version);

    /// <summary>The cycle's participants: those enrolled first (by name), then the waiting list in order, then those who withdrew.</summary>
    public static async Task<List<CycleParticipantResponse>> ParticipantsAsync(AmudduDbContext db, Guid cycleId, bool enrolledOnly,
        CancellationToken cancellationToken)
    {
        var query = db.CycleParticipants.AsNoTracking().Where(p => p.CycleId == cycleId);
        if (enrolledOnly)
        {
            query = query.Where(p => p.Status == ParticipantStatus.Enrolled);
        }

        var rows = await query
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { p, u.DisplayName, u.SiteId })
            .ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.p.UserId).ToList();
        var siteIds = rows.Select(r => r.SiteId).OfType<Guid>().Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.Name, s.RegionCode), cancellationToken);
        var roles = (await db.UserRoles.Where(ur => userIds.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.Name!);
        var participantIds = rows.Select(r => r.p.Id).ToList();
        var completed = (await db.ModuleCompletions.AsNoTracking().Where(c => participantIds.Contains(c.ParticipantId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.ParticipantId, c => c.ModuleId);
        var waiting = rows.Where(r => r.p.Status == ParticipantStatus.WaitingList).OrderBy(r => r.p.NominatedAt).ThenBy(r => r.p.Id)
            .Select((r, i) => (r.p.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
        return [.. rows
            .OrderBy(r => r.p.Status switch { ParticipantStatus.Enrolled => 0, ParticipantStatus.WaitingList => 1, ParticipantStatus.Withdrawn => 2 })
            .ThenBy(r => waiting.GetValueOrDefault(r.p.Id))
            .ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .Select(r =>
            {
                var site = r.SiteId is { } s && sites.TryGetValue(s, out var found) ? found : default;
                return new CycleParticipantResponse(r.p.Id, r.p.UserId, r.DisplayName, site.Name, site.RegionCode, [.. roles[r.p.UserId].Order(StringComparer.Ordinal)],
                    r.p.Status, waiting.TryGetValue(r.p.Id, out var position) ? position : null, r.p.IsCertifiedTrainer, r.p.NominatedAt, r.p.CompletedAt,
                    [.. completed[r.p.Id]]);
            })];
    }
}
