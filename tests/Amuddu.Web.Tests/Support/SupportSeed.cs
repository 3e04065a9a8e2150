using Amuddu.Web.Data;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Support;

/// <summary>
/// Programmes and applications written straight into the test's database, for tests of one step of the
/// lifecycle (a decision, a payment) that need an application already at the step before.
/// </summary>
public static class SupportSeed
{
    /// <summary>An open programme of the demo employment agency, running a year either side of today, with a 1 000 000 MAD budget.</summary>
    public static Task<Programme> SeedProgrammeAsync(this AmudduApp app, ProgrammeKind kind = ProgrammeKind.TrainingGrant, Action<Programme>? configure = null) =>
        app.QueryAsync(async db =>
        {
            var anapec = await db.Organisations.SingleAsync(o => o.Acronym == "ANAPEC");
            var programme = new Programme
            {
                OrganisationId = anapec.Id,
                Code = $"TEST-{Guid.NewGuid():N}"[..16].ToUpperInvariant(),
                Name = $"Programme de test ({kind})",
                Kind = kind,
                Status = ProgrammeStatus.Open,
                Funder = "Fonds de test",
                BudgetCentimes = 1_000_000_00,
                StartsOn = app.Today.AddYears(-1),
                EndsOn = app.Today.AddYears(1),
                AmountPolicy = AmountPolicy.Fixed,
                AmountCentimes = 5_000_00,
                Tranches =
                [
                    new() { Number = 1, Condition = TrancheCondition.ContractSigned, Percent = 50 },
                    new() { Number = 2, Condition = TrancheCondition.AttendanceConfirmed, Percent = 50, Month = 1 },
                ],
            };
            configure?.Invoke(programme);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme;
        });

    /// <summary>
    /// An application of <paramref name="personId"/> to <paramref name="programme"/>, already at <paramref name="status"/>
    /// (decided ones with their amount committed against the budget, as an approval would).
    /// </summary>
    public static Task<SupportApplication> SeedApplicationAsync(this AmudduApp app, Programme programme, Guid personId,
        ApplicationStatus status = ApplicationStatus.EligibilityChecked, Action<SupportApplication>? configure = null) =>
        app.QueryAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == personId);
            var now = app.Clock.GetUtcNow();
            var id = Guid.CreateVersion7();
            var application = new SupportApplication
            {
                Id = id,
                Reference = ApplicationAccess.NewReference(id),
                ProgrammeId = programme.Id,
                OrganisationId = programme.OrganisationId,
                PersonId = personId,
                Status = status,
                Purpose = "Formation de test",
                StartsOn = app.Today.AddDays(7),
                RegionCode = person.RegionCode,
                RequestedCentimes = programme.AmountCentimes,
                CreatedBy = person.CounsellorId,
            };
            if (status != ApplicationStatus.Draft)
            {
                application.SubmittedAt = now;
                application.DecideBy = app.Today.AddDays(programme.DecisionDays);
            }

            if (status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted))
            {
                application.EligibilityCheckedAt = now;
                application.IsEligible = true;
                application.Eligibility = programme.Rules.Select(r => new EligibilityCheck { Kind = r.Kind, Passed = true }).ToList();
            }

            configure?.Invoke(application);
            if (application.IsFunded)
            {
                application.ApprovedCentimes ??= application.RequestedCentimes * (application.Months ?? 1);
                application.DecidedAt ??= now;
                await db.Programmes.Where(p => p.Id == programme.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommittedCentimes, p => p.CommittedCentimes + application.ApprovedCentimes.Value));
            }

            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });
}
