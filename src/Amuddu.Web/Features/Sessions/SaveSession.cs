using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Sessions;

/// <summary>
/// Plans a session (it starts as Planned, visible to staff only) or changes one that is planned or
/// published. Moving a published session tells its registrants and replaces their reminders.
/// </summary>
public static class SaveSession
{
    public sealed record Request(
        Guid? SiteId, SessionTopic? Topic, string? Title, DateTimeOffset? StartsAt, int? DurationMinutes, string? Place, string? Language,
        int? Capacity, Guid? AgentId, Guid? CounsellorId, long Version = 0);

    public static async Task<Results<Created<SessionResponse>, ValidationProblem>> Create(
        Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var organisationId = staff.OrganisationId!.Value;
        var errors = await ValidateAsync(request, db, organisationId, clock, text, 0, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var session = new InfoSession
        {
            OrganisationId = organisationId,
            Title = request.Title!.Trim(),
            Language = request.Language!,
            Status = SessionStatus.Planned,
        };
        Apply(session, request);
        db.InfoSessions.Add(session);
        audit.Add(db, SessionAudit.Created, staff.UserId, organisationId, SessionAudit.Subject(session.Id), $"{session.Topic}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/info-sessions/{session.Id}", SessionResponse.From(session, 0));
    }

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Update(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var session = await SessionRules.FindAsync(db, staff, id, cancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }

        var taken = await SessionRules.TakenAsync(db, id, cancellationToken);
        var errors = await ValidateAsync(request, db, session.OrganisationId, clock, text, taken, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (SessionRules.Stale(session, request.Version, text) is { } stale)
        {
            return stale;
        }

        if (session.Status is not (SessionStatus.Planned or SessionStatus.Published))
        {
            return Conflicts.Of(text["SessionClosed"]);
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = request.Version;
        var moved = session.StartsAt != request.StartsAt!.Value.ToUniversalTime() || session.SiteId != request.SiteId
            || session.Place != FreeText.Clean(request.Place);
        session.Title = request.Title!.Trim();
        session.Language = request.Language!;
        Apply(session, request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (moved && session.Status == SessionStatus.Published)
            {
                // Saved first so the notices carry the new version in their keys.
                await db.SaveChangesAsync(cancellationToken);
                var registrations = await db.SessionRegistrations.Where(r => r.SessionId == id && r.Status == RegistrationStatus.Registered)
                    .ToListAsync(cancellationToken);
                await SessionMessages.OnMovedAsync(db, protector, clock, session, registrations, cancellationToken);
            }

            audit.Add(db, SessionAudit.Updated, staff.UserId, staff.OrganisationId, SessionAudit.Subject(id), moved ? "moved" : null);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        return TypedResults.Ok(SessionResponse.From(session, taken));
    }

    private static void Apply(InfoSession session, Request request)
    {
        session.SiteId = request.SiteId!.Value;
        session.Topic = request.Topic!.Value;
        session.StartsAt = request.StartsAt!.Value.ToUniversalTime();
        session.DurationMinutes = request.DurationMinutes!.Value;
        session.Place = FreeText.Clean(request.Place);
        session.Capacity = request.Capacity!.Value;
        session.AgentId = request.AgentId;
        session.CounsellorId = request.CounsellorId;
    }

    private static async Task<ValidationErrors> ValidateAsync(Request request, AmudduDbContext db, Guid organisationId, TimeProvider clock,
        IStringLocalizer text, int taken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new ValidationErrors(text)
            .Required("title", request.Title, "SessionTitle")
            .MaxLength("title", request.Title?.Trim(), 200, "SessionTitle")
            .MaxLength("place", request.Place?.Trim(), 300, "SessionPlace");
        if (request.SiteId is not { } siteId)
        {
            errors.Add("siteId", text["FieldRequired", text["Site"]]);
        }
        else if (!await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganisationId == organisationId, cancellationToken))
        {
            errors.Add("siteId", text["FieldNotAllowed", text["Site"]]);
        }

        if (request.Topic is null)
        {
            errors.Add("topic", text["FieldRequired", text["SessionTopic"]]);
        }

        if (request.StartsAt is not { } start)
        {
            errors.Add("startsAt", text["FieldRequired", text["SessionStart"]]);
        }
        else if (start < now)
        {
            errors.Add("startsAt", text["SessionInPast"]);
        }
        else if (start > now.AddYears(1))
        {
            errors.Add("startsAt", text["SessionTooFar"]);
        }

        if (request.DurationMinutes is not { } minutes)
        {
            errors.Add("durationMinutes", text["FieldRequired", text["SessionDuration"]]);
        }
        else if (minutes is < SessionRules.MinMinutes or > SessionRules.MaxMinutes)
        {
            errors.Add("durationMinutes", text["SessionDurationInvalid", SessionRules.MinMinutes, SessionRules.MaxMinutes]);
        }

        if (string.IsNullOrWhiteSpace(request.Language))
        {
            errors.Add("language", text["FieldRequired", text["SessionLanguage"]]);
        }
        else if (!SessionRules.Languages.Contains(request.Language))
        {
            errors.Add("language", text["FieldNotAllowed", text["SessionLanguage"]]);
        }

        if (request.Capacity is not { } capacity)
        {
            errors.Add("capacity", text["FieldRequired", text["SessionCapacity"]]);
        }
        else if (capacity is < 1 or > SessionRules.MaxCapacity)
        {
            errors.Add("capacity", text["SessionCapacityInvalid", 1, SessionRules.MaxCapacity]);
        }
        else if (capacity < taken)
        {
            errors.Add("capacity", text["SessionCapacityBelowTaken", taken]);
        }

        if (request.AgentId is { } agentId && !await SessionRules.HasRoleAsync(db, organisationId, agentId, [Roles.CommunityAgent], cancellationToken))
        {
            errors.Add("agentId", text["FieldNotAllowed", text["SessionAgent"]]);
        }

        if (request.CounsellorId is { } counsellorId && !await SessionRules.HasRoleAsync(db, organisationId, counsellorId, Policies.PeopleFileRoles, cancellationToken))
        {
            errors.Add("counsellorId", text["FieldNotAllowed", text["SessionCounsellor"]]);
        }

        return errors;
    }
}
