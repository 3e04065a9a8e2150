using Amuddu.Web.Data;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.ActionPlans;

/// <summary>The fields a step is written with, checked the same way when it is added and when it is changed.</summary>
public static class StepInput
{
    public const int TitleMax = 200;
    public const int DetailMax = 2000;

    public static async Task<(ValidationErrors Errors, Guid? OwnerUserId)> ValidateAsync(
        AmudduDbContext db, Guid organisationId, StepKind? kind, string? title, string? detail, string? owner, DateOnly? dueOn,
        DateOnly planCreatedOn, DateOnly today, IStringLocalizer text, CancellationToken cancellationToken, Guid? currentOwner = null)
    {
        var errors = new ValidationErrors(text)
            .Required("title", title, "StepTitle")
            .MaxLength("title", title, TitleMax, "StepTitle")
            .MaxLength("detail", detail, DetailMax, "StepDetail");
        if (kind is null)
        {
            errors.Add("kind", text["FieldRequired", text["StepKind"]]);
        }

        Guid? ownerUserId = null;
        if (string.IsNullOrWhiteSpace(owner))
        {
            errors.Add("owner", text["FieldRequired", text["StepOwner"]]);
        }
        else
        {
            (var valid, ownerUserId) = await StepOwner.ParseAsync(db, organisationId, owner.Trim(), cancellationToken, currentOwner);
            if (!valid)
            {
                errors.Add("owner", text["FieldNotAllowed", text["StepOwner"]]);
            }
        }

        if (dueOn is not { } due)
        {
            errors.Add("dueOn", text["FieldRequired", text["StepDueOn"]]);
        }
        else if (due < planCreatedOn.AddDays(-1) || due > today.AddYears(5))
        {
            // A step cannot be due before its plan existed, nor so far ahead that it is a typing slip.
            errors.Add("dueOn", text["StepDueOnInvalid"]);
        }

        return (errors, ownerUserId);
    }
}
