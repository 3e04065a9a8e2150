using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications.Pages;

/// <summary>An application as typed in a counsellor's or an employer's form, kept as typed when the form comes back with errors.</summary>
public sealed class ApplicationForm
{
    public Guid? ProgrammeId { get; set; }
    public Guid? EmployerOrganisationId { get; set; }

    // The employer names the hire as on their card.
    public string? FileNumber { get; set; }
    public string? LastName { get; set; }

    public string? Purpose { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? StartsOn { get; set; }

    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? EndsOn { get; set; }

    public decimal? Requested { get; set; }
    public int? Months { get; set; }
    public PaymentChannel? PayeeChannel { get; set; }
    public string? PayeeName { get; set; }
    public string? PayeeAccount { get; set; }
    public ContractType? ContractType { get; set; }
    /// <summary>As typed: 15/03/2027 or 2027-03-15 (FormDates).</summary>
    public string? EmployerRegisteredOn { get; set; }

    public long Version { get; set; }

    public ApplicationTerms Terms => new(Purpose, FormDates.Read(StartsOn), FormDates.Read(EndsOn), Requested, Months, PayeeChannel, PayeeName, PayeeAccount, ContractType,
        FormDates.Read(EmployerRegisteredOn));

    /// <summary>The dates typed that are not dates, each naming its field (null when there are none): the page then stops there.</summary>
    public IDictionary<string, string[]>? DateErrors(IStringLocalizer text) =>
        FormDates.DateErrors(text, ("startsOn", StartsOn, "Applying.StartsOn"), ("endsOn", EndsOn, "Applying.EndsOn"),
            ("employerRegisteredOn", EmployerRegisteredOn, "Applying.EmployerRegisteredOn"));

    public static ApplicationForm From(SupportApplication a) => new()
    {
        ProgrammeId = a.ProgrammeId, EmployerOrganisationId = a.EmployerOrganisationId, Purpose = a.Purpose, StartsOn = FormDates.Display(a.StartsOn), EndsOn = FormDates.Display(a.EndsOn),
        Requested = Infrastructure.Money.ToDirhams(a.RequestedCentimes), Months = a.Months, PayeeChannel = a.PayeeChannel, PayeeName = a.PayeeName,
        ContractType = a.ContractType, EmployerRegisteredOn = FormDates.Display(a.EmployerRegisteredOn), Version = a.Version,
    };
}
