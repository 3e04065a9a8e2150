using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Training;

/// <summary>"My trainings": the cycles a staff member is enrolled in, their sessions, the tests to take and their certificate.</summary>
public sealed record MyTraining(
    Guid CycleId, string Title, string DeliveredBy, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset? CompletedAt,
    List<MySession> Sessions, List<MyTest> Tests, CertificateResponse? Certificate);

public sealed record MySession(
    Guid Id, int ModuleNumber, string ModuleTitle, DateTimeOffset StartsAt, int DurationMinutes, string? Place, string? OnlineLink, bool IsCatchUp,
    TrainingSessionStatus Status, AttendanceStatus? Attendance, bool CanRate, bool Rated);

public sealed record MyTest(Guid ModuleId, int ModuleNumber, string ModuleTitle, TestKind Test, int Questions, int Attempts, int? BestPercent, bool CanTake);

public static class TestMyTrainings
{
    public static async Task<List<MyTraining>> LoadAsync(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (staff.UserId is not { } user)
        {
            return [];
        }

        var seats = await (
            from p in db.CycleParticipants.AsNoTracking()
            where p.UserId == user && p.Status == ParticipantStatus.Enrolled
            join c in db.TrainingCycles on p.CycleId equals c.Id
            join o in db.Organisations on c.DeliveredById equals o.Id
            orderby c.StartsOn descending
            select new { Participant = p, Cycle = c, DeliveredBy = o.Name }).ToListAsync(cancellationToken);
        var result = new List<MyTraining>();
        foreach (var seat in seats)
        {
            var cycleId = seat.Cycle.Id;
            var participant = seat.Participant.Id;
            var modules = await db.TrainingModules.AsNoTracking().Where(m => m.CycleId == cycleId).OrderBy(m => m.Number).ToListAsync(cancellationToken);
            var sessions = await db.TrainingSessions.AsNoTracking()
                .Where(s => s.CycleId == cycleId && s.Status != TrainingSessionStatus.Cancelled).OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
            var attendance = await db.TrainingAttendance.AsNoTracking().Where(a => a.ParticipantId == participant)
                .ToDictionaryAsync(a => a.SessionId, a => a.Status, cancellationToken);
            var rated = (await db.SatisfactionReceipts.AsNoTracking().Where(r => r.ParticipantId == participant).Select(r => r.SessionId)
                .ToListAsync(cancellationToken)).ToHashSet();
            var questions = await db.TestQuestions.AsNoTracking().Where(q => q.CycleId == cycleId)
                .GroupBy(q => new { q.ModuleId, q.Test }).Select(g => new { g.Key.ModuleId, g.Key.Test, Count = g.Count() }).ToListAsync(cancellationToken);
            var attempts = await db.TestAttempts.AsNoTracking().Where(a => a.ParticipantId == participant)
                .GroupBy(a => new { a.ModuleId, a.Test }).Select(g => new { g.Key.ModuleId, g.Key.Test, Count = g.Count(), Best = g.Max(a => a.Percent) })
                .ToListAsync(cancellationToken);
            var certificate = await db.TrainingCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.ParticipantId == participant, cancellationToken);
            var byModule = modules.ToDictionary(m => m.Id);

            var mySessions = sessions.Where(s => byModule.ContainsKey(s.ModuleId)).Select(s =>
            {
                AttendanceStatus? status = attendance.TryGetValue(s.Id, out var a) ? a : null;
                var m = byModule[s.ModuleId];
                return new MySession(s.Id, m.Number, m.Title, s.StartsAt, s.DurationMinutes, s.Place, s.OnlineLink, s.IsCatchUp, s.Status, status,
                    s.Status == TrainingSessionStatus.Held && status == AttendanceStatus.Present && !rated.Contains(s.Id), rated.Contains(s.Id));
            }).ToList();
            var tests = new List<MyTest>();
            foreach (var m in modules)
            {
                foreach (var kind in new[] { TestKind.Pre, TestKind.Post })
                {
                    var count = questions.SingleOrDefault(q => q.ModuleId == m.Id && q.Test == kind)?.Count ?? 0;
                    if (count == 0)
                    {
                        continue;
                    }

                    var done = attempts.SingleOrDefault(a => a.ModuleId == m.Id && a.Test == kind);
                    tests.Add(new MyTest(m.Id, m.Number, m.Title, kind, count, done?.Count ?? 0, done?.Best,
                        kind == TestKind.Post || done is null));
                }
            }

            result.Add(new MyTraining(cycleId, seat.Cycle.Title, seat.DeliveredBy, seat.Cycle.StartsOn, seat.Cycle.EndsOn, seat.Participant.CompletedAt,
                mySessions, tests, certificate is null ? null : CertificateResponse.From(certificate)));
        }

        return result;
    }
}
