using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Notifications;

/// <summary>The organisation's outbox, newest first, optionally one status only.</summary>
public static class ListNotifications
{
    public const int DefaultTake = 100;
    public const int MaxTake = 500;

    public static async Task<Results<Ok<List<NotificationResponse>>, ValidationProblem>> Handle(
        string? status, int? take, AmudduDbContext db, ICurrentStaff staff, FieldProtector protector, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        OutboxStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                filter = parsed;
            }
            else
            {
                errors.Add("status", text["FieldInvalid", text["Status"]]);
            }
        }

        if (take is < 1 or > MaxTake)
        {
            errors.Add("take", text["Notifications.TakeRange", 1, MaxTake]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        var organisationId = staff.OrganisationId;
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.OrganisationId == organisationId);
        if (filter is { } wanted)
        {
            query = query.Where(m => m.Status == wanted);
        }

        var messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take ?? DefaultTake).ToListAsync(cancellationToken);
        return TypedResults.Ok(messages.Select(m => NotificationResponse.From(m, protector)).ToList());
    }
}
