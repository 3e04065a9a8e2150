using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Outcomes.Pages;

/// <summary>An outcome as typed in the form, kept as typed when the form comes back with errors.</summary>
public sealed class OutcomeForm
{
    public OutcomeKind? Kind { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? StartsOn { get; set; }

    public string? EmployerName { get; set; }
    public Guid? EmployerOrganisationId { get; set; }
    public string? OccupationTitle { get; set; }
    public string? OccupationCode { get; set; }
    public ContractType? ContractType { get; set; }
    public WageBand? WageBand { get; set; }
    public WorkingTime? WorkingTime { get; set; }
    public string? Activity { get; set; }
    public SelfEmploymentStatus? SelfEmploymentStatus { get; set; }
    public string? CooperativeName { get; set; }
    public string? TrainingTitle { get; set; }
    public string? ProviderName { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? ExpectedEndOn { get; set; }

    public ExitReason? ExitReason { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }

    public OutcomeDetails ToDetails() => new(Kind, FormDates.Read(StartsOn), EmployerName, EmployerOrganisationId, OccupationTitle, OccupationCode,
        ContractType, WageBand, WorkingTime, Activity, SelfEmploymentStatus, CooperativeName, TrainingTitle, ProviderName,
        FormDates.Read(ExpectedEndOn), ExitReason, Note);

    /// <summary>The dates typed that are not dates, each naming its field (null when there are none): the page then stops there.</summary>
    public IDictionary<string, string[]>? DateErrors(IStringLocalizer text) =>
        FormDates.DateErrors(text, ("startsOn", StartsOn, "Outcomes.StartsOrExitedOn"), ("expectedEndOn", ExpectedEndOn, "Outcomes.ExpectedEndOn"));

    public static OutcomeForm From(OutcomeResponse o) => new()
    {
        Kind = o.Kind, StartsOn = FormDates.Display(o.StartsOn), EmployerName = o.EmployerName, EmployerOrganisationId = o.EmployerOrganisationId,
        OccupationTitle = o.OccupationTitle, OccupationCode = o.OccupationCode, ContractType = o.ContractType, WageBand = o.WageBand,
        WorkingTime = o.WorkingTime, Activity = o.Activity, SelfEmploymentStatus = o.SelfEmploymentStatus, CooperativeName = o.CooperativeName,
        TrainingTitle = o.TrainingTitle, ProviderName = o.ProviderName, ExpectedEndOn = FormDates.Display(o.ExpectedEndOn), ExitReason = o.ExitReason,
        Note = o.Note, Version = o.Version,
    };
}
