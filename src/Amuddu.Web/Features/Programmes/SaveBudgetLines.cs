using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Programmes;

/// <summary>
/// Splits a programme's budget by region (or, with no line, stops splitting it). Each line is positive, the
/// lines add up to at most the budget, and no line may fall below what approvals already committed in it
/// (a line dropped counts as zero). Once split, an application of a region without a line has no budget.
/// </summary>
public static class SaveBudgetLines
{
    public sealed record Line(string? RegionCode, decimal? Budget);

    public sealed record Request(Line[]? Lines, long Version);

    public static async Task<Results<Ok<ProgrammeResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken)
    {
        var programme = await ProgrammeAccess.FindOwnAsync(db, staff, id, cancellationToken);
        if (programme is null)
        {
            return TypedResults.NotFound();
        }

        var existing = await ProgrammeAccess.LinesAsync(db, id, cancellationToken);
        var regions = await db.ReferenceItems.Where(r => r.Kind == ReferenceKind.Region && r.IsActive).Select(r => r.Code).ToListAsync(cancellationToken);
        var errors = new ValidationErrors(text);
        var wanted = new Dictionary<string, long>(StringComparer.Ordinal);
        var lines = request.Lines ?? [];
        for (var i = 0; i < lines.Length; i++)
        {
            var region = lines[i].RegionCode?.Trim();
            if (string.IsNullOrEmpty(region) || !regions.Contains(region))
            {
                errors.Add($"lines[{i}].regionCode", text["FieldNotAllowed", text["Region"]]);
                continue;
            }

            if (wanted.ContainsKey(region))
            {
                errors.Add($"lines[{i}].regionCode", text["Programmes.RegionTwice"]);
                continue;
            }

            if (errors.Centimes($"lines[{i}].budget", lines[i].Budget, "Programmes.LineBudget") is not { } centimes)
            {
                continue;
            }

            wanted[region] = centimes;
            var committed = existing.FirstOrDefault(l => l.RegionCode == region)?.CommittedCentimes ?? 0;
            if (centimes < committed)
            {
                errors.Add($"lines[{i}].budget", text["Programmes.BudgetBelowCommitted", Money.Format(committed)]);
            }
        }

        foreach (var dropped in existing.Where(l => !wanted.ContainsKey(l.RegionCode) && l.CommittedCentimes > 0))
        {
            errors.Add("lines", text["Programmes.LineStillCommitted", dropped.RegionCode, Money.Format(dropped.CommittedCentimes)]);
        }

        if (errors.IsValid && wanted.Values.Sum() > programme.BudgetCentimes)
        {
            errors.Add("lines", text["Programmes.LinesOverBudget", Money.Format(wanted.Values.Sum()), Money.Format(programme.BudgetCentimes)]);
        }

        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: text["ValidationTitle"]);
        }

        if (programme.Version != request.Version)
        {
            return Conflicts.Of(text["EditedByOther"]);
        }

        foreach (var line in existing)
        {
            if (wanted.TryGetValue(line.RegionCode, out var budget))
            {
                line.BudgetCentimes = budget;
            }
            else
            {
                db.ProgrammeBudgetLines.Remove(line);
            }
        }

        db.ProgrammeBudgetLines.AddRange(wanted.Where(w => existing.All(l => l.RegionCode != w.Key))
            .Select(w => new ProgrammeBudgetLine { ProgrammeId = id, RegionCode = w.Key, BudgetCentimes = w.Value }));
        return await ProgrammeChanges.SaveAsync(db, programme, request.Version, "budget-lines", staff, audit, text, cancellationToken);
    }
}
