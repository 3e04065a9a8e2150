using Amuddu.Web.Data;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outcomes;

/// <summary>
/// What a counsellor records of an outcome, when recording it and again when correcting it. Only the
/// fields of the chosen kind are read; the others are ignored and stored as null.
/// </summary>
public sealed record OutcomeDetails(
    OutcomeKind? Kind,
    DateOnly? StartsOn,
    string? EmployerName,
    Guid? EmployerOrganisationId,
    string? OccupationTitle,
    string? OccupationCode,
    ContractType? ContractType,
    WageBand? WageBand,
    WorkingTime? WorkingTime,
    string? Activity,
    SelfEmploymentStatus? SelfEmploymentStatus,
    string? CooperativeName,
    string? TrainingTitle,
    string? ProviderName,
    DateOnly? ExpectedEndOn,
    ExitReason? ExitReason,
    string? Note)
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public async Task<ValidationErrors> ValidateAsync(AmudduDbContext db, DateOnly today, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", text[Kind is null ? "FieldRequired" : "FieldNotAllowed", text["Outcomes.Kind"]]);
            return errors;
        }

        var dateLabel = kind == OutcomeKind.Exited ? "Outcomes.ExitedOn" : "Outcomes.StartsOn";
        if (StartsOn is not { } starts)
        {
            errors.Add("startsOn", text["FieldRequired", text[dateLabel]]);
        }
        else if (starts < Earliest)
        {
            errors.Add("startsOn", text["Outcomes.DateTooEarly", text[dateLabel]]);
        }
        else if (kind == OutcomeKind.Exited ? starts > today : starts > today.AddYears(1))
        {
            errors.Add("startsOn", text[kind == OutcomeKind.Exited ? "Outcomes.ExitInFuture" : "Outcomes.StartTooFar"]);
        }

        switch (kind)
        {
            case OutcomeKind.Employed:
                errors.MaxLength("employerName", EmployerName, 200, "Outcomes.EmployerName")
                    .Required("occupationTitle", OccupationTitle, "Outcomes.OccupationTitle")
                    .MaxLength("occupationTitle", OccupationTitle, 200, "Outcomes.OccupationTitle")
                    .MaxLength("occupationCode", OccupationCode, 32, "Outcomes.OccupationCode");
                if (EmployerOrganisationId is { } employer)
                {
                    if (!await db.Organisations.AnyAsync(o => o.Id == employer && o.IsActive && o.Kind == OrganisationKind.Employer, cancellationToken))
                    {
                        errors.Add("employerOrganisationId", text["FieldNotAllowed", text["Outcomes.EmployerOrganisation"]]);
                    }
                }
                else if (string.IsNullOrWhiteSpace(EmployerName))
                {
                    errors.Add("employerName", text["Outcomes.EmployerNeeded"]);
                }

                Require(errors, text, "contractType", ContractType, "Outcomes.ContractType");
                Require(errors, text, "wageBand", WageBand, "Outcomes.WageBand");
                Require(errors, text, "workingTime", WorkingTime, "Outcomes.WorkingTime");
                break;
            case OutcomeKind.SelfEmployed:
                errors.Required("activity", Activity, "Outcomes.Activity")
                    .MaxLength("activity", Activity, 500, "Outcomes.Activity")
                    .MaxLength("cooperativeName", CooperativeName, 200, "Outcomes.CooperativeName");
                Require(errors, text, "selfEmploymentStatus", SelfEmploymentStatus, "Outcomes.SelfEmploymentStatus");
                if (SelfEmploymentStatus == Outcomes.SelfEmploymentStatus.CooperativeMember)
                {
                    errors.Required("cooperativeName", CooperativeName, "Outcomes.CooperativeName");
                }

                break;
            case OutcomeKind.InTraining:
                errors.Required("trainingTitle", TrainingTitle, "Outcomes.TrainingTitle")
                    .MaxLength("trainingTitle", TrainingTitle, 200, "Outcomes.TrainingTitle")
                    .Required("providerName", ProviderName, "Outcomes.ProviderName")
                    .MaxLength("providerName", ProviderName, 200, "Outcomes.ProviderName");
                if (ExpectedEndOn is not { } end)
                {
                    errors.Add("expectedEndOn", text["FieldRequired", text["Outcomes.ExpectedEndOn"]]);
                }
                else if (StartsOn is { } start && end < start)
                {
                    errors.Add("expectedEndOn", text["Outcomes.EndBeforeStart"]);
                }

                break;
            case OutcomeKind.Exited:
                errors.MaxLength("note", Note, 1000, "Outcomes.Note");
                Require(errors, text, "exitReason", ExitReason, "Outcomes.ExitReason");
                if (ExitReason == Outcomes.ExitReason.Other)
                {
                    errors.Required("note", Note, "Outcomes.Note");
                }

                break;
        }

        return errors;
    }

    /// <summary>Copies the validated fields of the kind onto the outcome and clears the others.</summary>
    public void ApplyTo(Outcome outcome, FieldProtector protector)
    {
        var kind = Kind!.Value;
        outcome.Kind = kind;
        outcome.StartsOn = StartsOn!.Value;
        var employed = kind == OutcomeKind.Employed;
        outcome.EmployerOrganisationId = employed ? EmployerOrganisationId : null;
        outcome.EmployerName = employed ? FreeText.Clean(EmployerName) : null;
        outcome.OccupationTitle = employed ? FreeText.Clean(OccupationTitle) : null;
        outcome.OccupationCode = employed ? FreeText.Clean(OccupationCode) : null;
        outcome.ContractType = employed ? ContractType : null;
        outcome.WageBand = employed ? WageBand : null;
        outcome.WorkingTime = employed ? WorkingTime : null;
        var self = kind == OutcomeKind.SelfEmployed;
        outcome.Activity = self ? FreeText.Clean(Activity) : null;
        outcome.SelfEmploymentStatus = self ? SelfEmploymentStatus : null;
        outcome.CooperativeName = self && SelfEmploymentStatus == Outcomes.SelfEmploymentStatus.CooperativeMember ? FreeText.Clean(CooperativeName) : null;
        var training = kind == OutcomeKind.InTraining;
        outcome.TrainingTitle = training ? FreeText.Clean(TrainingTitle) : null;
        outcome.ProviderName = training ? FreeText.Clean(ProviderName) : null;
        outcome.ExpectedEndOn = training ? ExpectedEndOn : null;
        var exited = kind == OutcomeKind.Exited;
        outcome.ExitReason = exited ? ExitReason : null;
        outcome.NoteCipher = exited && FreeText.Clean(Note) is { } note ? protector.ProtectText(note) : null;
    }

    private static void Require<T>(ValidationErrors errors, IStringLocalizer text, string field, T? value, string label) where T : struct, Enum
    {
        if (value is null)
        {
            errors.Add(field, text["FieldRequired", text[label]]);
        }
        else if (!Enum.IsDefined(value.Value))
        {
            errors.Add(field, text["FieldNotAllowed", text[label]]);
        }
    }

}

public sealed record OutcomeResponse(
    Guid Id, OutcomeKind Kind, DateOnly StartsOn, string? EmployerName, Guid? EmployerOrganisationId, string? OccupationTitle,
    string? OccupationCode, ContractType? ContractType, WageBand? WageBand, WorkingTime? WorkingTime, string? Activity,
    SelfEmploymentStatus? SelfEmploymentStatus, string? CooperativeName, string? TrainingTitle, string? ProviderName,
    DateOnly? ExpectedEndOn, ExitReason? ExitReason, string? Note, Guid? RecordedBy, DateTimeOffset RecordedAt, long Version)
{
    public static OutcomeResponse From(Outcome o, FieldProtector protector) => new(
        o.Id, o.Kind, o.StartsOn, o.EmployerName, o.EmployerOrganisationId, o.OccupationTitle, o.OccupationCode, o.ContractType,
        o.WageBand, o.WorkingTime, o.Activity, o.SelfEmploymentStatus, o.CooperativeName, o.TrainingTitle, o.ProviderName,
        o.ExpectedEndOn, o.ExitReason, o.NoteCipher is null ? null : protector.UnprotectText(o.NoteCipher), o.RecordedBy, o.RecordedAt, o.Version);
}

public sealed record CheckResponse(
    Guid Id, Guid OutcomeId, int AfterMonths, DateOnly DueOn, CheckStatus Status, bool Overdue, CheckResult? Result, string? Note,
    DateOnly? DoneOn, DateTimeOffset? DoneAt, Guid? DoneBy, long Version)
{
    public static CheckResponse From(FollowUpCheck c, FieldProtector protector, DateOnly today) => new(
        c.Id, c.OutcomeId, c.AfterMonths, c.DueOn, c.Status, c.Status == CheckStatus.Pending && c.DueOn < today, c.Result,
        c.NoteCipher is null ? null : protector.UnprotectText(c.NoteCipher), c.DoneOn, c.DoneAt, c.DoneBy, c.Version);
}
