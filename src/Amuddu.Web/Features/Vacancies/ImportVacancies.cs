using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Amuddu.Web.Features.Vacancies;

public sealed record RejectedRow(int Row, List<string> Reasons);

public sealed record ImportReport(int Created, List<RejectedRow> Rejected);

/// <summary>
/// An employer's vacancies from a spreadsheet (XLSX or CSV), one row per vacancy under a header row naming the columns
/// (<see cref="Columns"/>, in any order; docs/employers.md). Rows that pass every rule of a typed vacancy are created as
/// drafts of the company; the answer counts them and lists each rejected row with its number and its reasons.
/// </summary>
public static class ImportVacancies
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 500;

    public static readonly string[] Columns =
    [
        "title", "occupation_code", "essential_skills", "optional_skills", "languages", "education", "experience_years", "regions", "city",
        "contract", "hours_per_week", "pay_min", "pay_max", "posts", "starts_on", "closes_on", "description",
    ];

    public static async Task<Results<Ok<ImportReport>, ValidationProblem>> Handle(
        HttpRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        IFormCollection? form = null;
        try
        {
            form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A broken multipart body: the same answer as no file.
        }

        var companyId = Guid.TryParse(form?["companyId"].ToString(), out var id) ? id : (Guid?)null;
        var result = await ImportAsync(form?.Files["file"], companyId, db, staff, audit, text, cancellationToken);
        return result.Report is { } report ? TypedResults.Ok(report) : TypedResults.ValidationProblem(result.Errors!, title: text["ValidationTitle"]);
    }

    /// <summary>The report, or the errors that stopped the whole file (no file, too big, unreadable, no company).</summary>
    public static async Task<(ImportReport? Report, IDictionary<string, string[]>? Errors)> ImportAsync(
        IFormFile? file, Guid? companyId, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        var company = await CreateVacancy.CompanyForAsync(db, staff, companyId, errors, text, cancellationToken);
        if (file is null || file.Length == 0)
        {
            errors.Add("file", text["FieldRequired", text["Vacancies.ImportFile"]]);
        }
        else if (file.Length > MaxBytes)
        {
            errors.Add("file", text["Vacancies.ImportTooBig", MaxBytes / 1024 / 1024]);
        }

        List<string[]>? rows = null;
        if (errors.IsValid)
        {
            rows = Read(file!, errors, text);
        }

        if (!errors.IsValid || rows is null)
        {
            return (null, errors.ToDictionary());
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = new[] { "title", "occupation_code", "contract", "posts", "starts_on", "closes_on", "regions" }.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return (null, new ValidationErrors(text).Add("file", text["Vacancies.ImportColumnsMissing", string.Join(", ", missing)]).ToDictionary());
        }

        if (rows.Count - 1 > MaxRows)
        {
            return (null, new ValidationErrors(text).Add("file", text["Vacancies.ImportTooManyRows", MaxRows]).ToDictionary());
        }

        var parsed = new List<(int Row, VacancyInput Input, List<string> Reasons)>();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Cell(string column) => Array.IndexOf(header, column) is var at and >= 0 && at < rows[i].Length ? rows[i][at].Trim() : "";
            var reasons = new List<string>();
            parsed.Add((i + 1, ParseRow(Cell, reasons, text), reasons));
        }

        var references = await VacancyReferences.LoadAsync(db, [.. parsed.Select(p => p.Input)], cancellationToken);
        var rejected = new List<RejectedRow>();
        var created = 0;
        foreach (var (row, input, reasons) in parsed)
        {
            var rowErrors = new ValidationErrors(text);
            await input.CheckAsync(rowErrors, references, text);
            reasons.AddRange(rowErrors.ToDictionary().SelectMany(e => e.Value).Where(m => !reasons.Contains(m)));
            if (reasons.Count > 0)
            {
                rejected.Add(new RejectedRow(row, reasons));
                continue;
            }

            db.Vacancies.Add(CreateVacancy.New(company!, staff, input));
            created++;
        }

        audit.Add(db, EmployersAudit.VacanciesImported, staff.UserId, staff.OrganisationId, EmployersAudit.CompanySubject(company!.OrganisationId),
            $"{created} created, {rejected.Count} rejected");
        await db.SaveChangesAsync(cancellationToken);
        return (new ImportReport(created, rejected), null);
    }

    /// <summary>A row's cells as a typed vacancy; what cannot be read is left empty, with its reason.</summary>
    private static VacancyInput ParseRow(Func<string, string> cell, List<string> reasons, IStringLocalizer<SharedResource> text)
    {
        string? Text(string column) => cell(column) is { Length: > 0 } value ? value : null;
        int? Int(string column)
        {
            var value = cell(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
                && number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }

            reasons.Add(text["Vacancies.ImportCellInvalid", column, value]);
            return null;
        }

        decimal? Decimal(string column)
        {
            var value = cell(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(value.Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            reasons.Add(text["Vacancies.ImportCellInvalid", column, value]);
            return null;
        }

        DateOnly? Date(string column)
        {
            var value = cell(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) || FormDates.TryParse(value, out iso))
            {
                return iso;
            }

            reasons.Add(text["Vacancies.ImportCellInvalid", column, value]);
            return null;
        }

        T? Enum<T>(string column) where T : struct, System.Enum
        {
            var value = cell(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (StrictEnums.IsDefinedName(typeof(T), value))
            {
                return System.Enum.Parse<T>(value, ignoreCase: true);
            }

            reasons.Add(text["Vacancies.ImportCellInvalid", column, value]);
            return null;
        }

        static string[] List(string value) => value.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var skills = List(cell("essential_skills")).Select(s => new VacancySkillInput(s, SkillRelation.Essential))
            .Concat(List(cell("optional_skills")).Select(s => new VacancySkillInput(s, SkillRelation.Optional))).ToArray();
        var languages = new List<VacancyLanguageInput>();
        foreach (var item in List(cell("languages")))
        {
            // "fr:B1": a language code and the minimum CEFR level.
            var parts = item.Split(':', 2, StringSplitOptions.TrimEntries);
            CefrLevel? level = parts.Length == 2 && StrictEnums.IsDefinedName(typeof(CefrLevel), parts[1]) ? System.Enum.Parse<CefrLevel>(parts[1], ignoreCase: true) : null;
            if (level is null)
            {
                reasons.Add(text["Vacancies.ImportLanguageInvalid", item]);
                continue;
            }

            languages.Add(new VacancyLanguageInput(parts[0].ToLowerInvariant(), level));
        }

        var regions = List(cell("regions"));
        var city = Text("city");
        var places = regions.Select((r, i) => new VacancyPlaceInput(r.ToUpperInvariant(), i == 0 ? city : null)).ToArray();
        return new VacancyInput(
            Text("title"), Text("description"), Text("occupation_code"), skills, [.. languages], Enum<EducationLevel>("education"), Int("experience_years"),
            places, Enum<VacancyContract>("contract"), Int("hours_per_week"), Decimal("pay_min"), Decimal("pay_max"), Int("posts"),
            Date("starts_on"), Date("closes_on"));
    }

    private static List<string[]>? Read(IFormFile file, ValidationErrors errors, IStringLocalizer<SharedResource> text)
    {
        try
        {
            using var stream = file.OpenReadStream();
            var isXlsx = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
            var rows = isXlsx ? ReadXlsx(stream) : [.. CsvFiles.ReadRows(stream)];
            if (rows.Count < 1)
            {
                errors.Add("file", text["Vacancies.ImportEmpty"]);
                return null;
            }

            return rows;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException
            or System.Xml.XmlException or NotSupportedException or ArgumentException)
        {
            errors.Add("file", text["Vacancies.ImportUnreadable"]);
            return null;
        }
    }

    private static List<string[]> ReadXlsx(Stream stream)
    {
        var rows = new List<string[]>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            rows.Add([.. row.Values.Select(Cell)]);
        }

        return rows;
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The template: the header row and one example row, as a CSV file Excel opens.</summary>
    public static IResult Template() => TypedResults.File(CsvFiles.Write(CsvFiles.Spreadsheet(), w =>
    {
        w.Row(Columns);
        w.Row("Opératrice sur machine à coudre", "OCC-SEWING-OPERATOR", "SK-SEWING-MACHINE;SK-FABRIC-CUTTING", "SK-TEAMWORK", "ar:B1;fr:A2", "Primary", "1",
            "MA-06", "Casablanca", "FixedTerm", "44", "3000", "3500", "4", "2027-01-04", "2027-01-31", "Atelier de confection, équipe du matin.");
    }), CsvFiles.ContentType, "vacancies-template.csv");
}
