using System.Numerics;
using Amuddu.Linkage.Normalisation;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Applications;

/// <summary>
/// What an applicant says about the support asked, whoever applies (a counsellor for a person, an employer for a
/// hire) and whether the application is new or a draft being corrected. One validation for all of them.
/// </summary>
public sealed record ApplicationTerms(
    string? Purpose, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Requested, int? Months,
    PaymentChannel? PayeeChannel, string? PayeeName, string? PayeeAccount, ContractType? ContractType, DateOnly? EmployerRegisteredOn)
{
    /// <summary>The terms checked against the programme: the amount in centimes and the payee's account in its clean form.</summary>
    public sealed record Checked(long RequestedCentimes, int? Months, string? PayeeAccount);

    /// <summary>
    /// Adds an error naming each field that does not fit <paramref name="programme"/>; returns the clean values when
    /// all fit. <paramref name="accountRequired"/> is false when a draft is corrected (a blank account keeps the one on file).
    /// </summary>
    public Checked? Check(ValidationErrors errors, Programme programme, bool accountRequired, DateOnly today, IStringLocalizer text)
    {
        errors.Required("purpose", Purpose, "Applying.Purpose").MaxLength("purpose", Purpose, 500, "Applying.Purpose");
        var period = text["Applying.OutsidePeriod", Day(programme.StartsOn), Day(programme.EndsOn)];
        if (StartsOn is null)
        {
            errors.Add("startsOn", text["FieldRequired", text["Applying.StartsOn"]]);
        }
        else if (StartsOn < programme.StartsOn || StartsOn > programme.EndsOn)
        {
            errors.Add("startsOn", period);
        }

        if (EndsOn is { } ends)
        {
            if (StartsOn is { } starts && ends < starts)
            {
                errors.Add("endsOn", text["Applying.EndsBeforeStart"]);
            }
            else if (ends < programme.StartsOn || ends > programme.EndsOn)
            {
                errors.Add("endsOn", period);
            }
        }

        var (requested, months) = CheckAmount(errors, programme, text);
        var account = CheckPayee(errors, accountRequired, text);

        if (programme.Kind == ProgrammeKind.HiringIncentive)
        {
            if (ContractType is null)
            {
                errors.Add("contractType", text["FieldRequired", text["Outcomes.ContractType"]]);
            }

            if (EmployerRegisteredOn is null)
            {
                errors.Add("employerRegisteredOn", text["FieldRequired", text["Applying.EmployerRegisteredOn"]]);
            }
            else if (EmployerRegisteredOn > today)
            {
                errors.Add("employerRegisteredOn", text["Applying.InFuture"]);
            }
        }

        return errors.IsValid && requested is { } amount ? new Checked(amount, months, account) : null;
    }

    /// <summary>Copies checked terms onto the application; the account is encrypted, and kept when none was typed.</summary>
    public void ApplyTo(SupportApplication application, Programme programme, Checked terms, FieldProtector protector)
    {
        application.Purpose = Purpose!.Trim();
        application.StartsOn = StartsOn!.Value;
        application.EndsOn = EndsOn;
        application.RequestedCentimes = terms.RequestedCentimes;
        application.Months = terms.Months;
        application.PayeeChannel = PayeeChannel;
        application.PayeeName = FreeText.Clean(PayeeName);
        if (terms.PayeeAccount is { } account)
        {
            application.PayeeAccountCipher = protector.ProtectText(account);
        }

        var hiring = programme.Kind == ProgrammeKind.HiringIncentive;
        application.ContractType = hiring ? ContractType : null;
        application.EmployerRegisteredOn = hiring ? EmployerRegisteredOn : null;
    }

    private (long? Requested, int? Months) CheckAmount(ValidationErrors errors, Programme programme, IStringLocalizer text)
    {
        var set = programme.AmountPolicy != AmountPolicy.Ceiling;
        var requested = errors.Centimes("requested", Requested, "Applying.Requested", required: !set);
        var unreadable = requested is null && (Requested is not null || !set);
        int? months = null;
        switch (unreadable ? (AmountPolicy?)null : programme.AmountPolicy)
        {
            case null:
                break;
            case AmountPolicy.Fixed:
            case AmountPolicy.Monthly:
                if (requested is { } asked && asked != programme.AmountCentimes)
                {
                    errors.Add("requested", text["Applying.AmountSet", Money.Format(programme.AmountCentimes)]);
                }

                requested = programme.AmountCentimes;
                break;
            case AmountPolicy.Ceiling:
                if (requested > programme.AmountCentimes)
                {
                    errors.Add("requested", text["Applying.OverCeiling", Money.Format(programme.AmountCentimes)]);
                }

                break;
        }

        if (programme.AmountPolicy == AmountPolicy.Monthly)
        {
            if (Months is null)
            {
                errors.Add("months", text["FieldRequired", text["Applying.Months"]]);
            }
            else if (Months < 1 || Months > (programme.MaxMonths ?? int.MaxValue))
            {
                errors.Add("months", text["Applying.MonthsRange", programme.MaxMonths ?? 1]);
            }

            months = Months;
        }
        else if (Months is not null)
        {
            errors.Add("months", text["Applying.MonthsNotMonthly"]);
        }

        return (requested, months);
    }

    private string? CheckPayee(ValidationErrors errors, bool accountRequired, IStringLocalizer text)
    {
        if (PayeeChannel is null)
        {
            errors.Add("payeeChannel", text["FieldRequired", text["Applying.PayeeChannel"]]);
        }

        errors.Required("payeeName", PayeeName, "Applying.PayeeName").MaxLength("payeeName", PayeeName, 200, "Applying.PayeeName");
        if (string.IsNullOrWhiteSpace(PayeeAccount))
        {
            if (accountRequired)
            {
                errors.Add("payeeAccount", text["FieldRequired", text["Applying.PayeeAccount"]]);
            }

            return null;
        }

        var account = PayeeChannel switch
        {
            PaymentChannel.BankTransfer => Payee.Rib(PayeeAccount),
            PaymentChannel.MobileMoney => Payee.MoroccanMobile(PayeeAccount),
            _ => null,
        };
        if (account is null && PayeeChannel is not null)
        {
            errors.Add("payeeAccount", text[PayeeChannel == PaymentChannel.BankTransfer ? "Applying.RibInvalid" : "Applying.MobileInvalid"]);
        }

        return account;
    }

    private static string Day(DateOnly date) => date.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>The accounts a grant can be paid to.</summary>
public static class Payee
{
    /// <summary>
    /// A Moroccan RIB: 24 digits (bank 3, city 3, account 16, key 2) whose key checks (97 minus the first 22 digits
    /// followed by 00, modulo 97), so that a mistyped digit is caught before any money is sent. Spaces are ignored.
    /// </summary>
    public static string? Rib(string typed)
    {
        var digits = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != 24 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return RibKey(digits[..22]) == digits[22..] ? digits : null;
    }

    public static string RibKey(string first22Digits) =>
        (97 - (int)(BigInteger.Parse(first22Digits + "00", System.Globalization.CultureInfo.InvariantCulture) % 97))
        .ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A Moroccan mobile number (06.., 07..), in E.164; mobile money goes to nothing else.</summary>
    public static string? MoroccanMobile(string typed) =>
        PhoneNormaliser.IsMobileOf(typed, "MA") && PhoneNormaliser.TryNormalise(typed, out var e164) ? e164 : null;

    /// <summary>"•••• 1234": enough for a person to recognise their account on a page, never the whole of it.</summary>
    public static string Masked(string account) => $"•••• {account[^4..]}";
}
