using Amuddu.Web.Features.Outcomes;

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
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public decimal? Requested { get; set; }
    public int? Months { get; set; }
    public PaymentChannel? PayeeChannel { get; set; }
    public string? PayeeName { get; set; }
    public string? PayeeAccount { get; set; }
    public ContractType? ContractType { get; set; }
    public DateOnly? EmployerRegisteredOn { get; set; }
    public long Version { get; set; }

    public ApplicationTerms Terms => new(Purpose, StartsOn, EndsOn, Requested, Months, PayeeChannel, PayeeName, PayeeAccount, ContractType, EmployerRegisteredOn);

    public static ApplicationForm From(SupportApplication a) => new()
    {
        ProgrammeId = a.ProgrammeId, EmployerOrganisationId = a.EmployerOrganisationId, Purpose = a.Purpose, StartsOn = a.StartsOn, EndsOn = a.EndsOn,
        Requested = Infrastructure.Money.ToDirhams(a.RequestedCentimes), Months = a.Months, PayeeChannel = a.PayeeChannel, PayeeName = a.PayeeName,
        ContractType = a.ContractType, EmployerRegisteredOn = a.EmployerRegisteredOn, Version = a.Version,
    };
}
