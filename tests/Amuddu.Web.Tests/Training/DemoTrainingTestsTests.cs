using Amuddu.Web.Data;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Training;

public sealed class DemoTrainingTestsTests
{
    [Fact]
    public async Task The_demo_cycle_gets_tests_in_three_languages_attempts_anonymous_answers_and_certificates_one_revoked()
    {
        await using var app = await AmudduApp.StartAsync();
        // Without the training demo's cycle, nothing.
        await SeedAsync(app);
        Assert.Equal(0, await app.QueryAsync(db => db.TestQuestions.CountAsync()));
        var seed = await TrainingTestsSeed.CreateAsync(app, DemoTrainingTests.CycleTitle);
        await SeedAsync(app);
        // Twice is once.
        await SeedAsync(app);

        var questions = await app.QueryAsync(db => db.TestQuestions.AsNoTracking().ToListAsync());
        Assert.Equal(2 * 2 * 3, questions.Count);
        Assert.All(questions, q => Assert.False(string.IsNullOrEmpty(q.TextAr) || string.IsNullOrEmpty(q.TextEn)));
        Assert.Equal(4, questions.Count(q => q.Kind == QuestionKind.TrueFalse));
        var attempts = await app.QueryAsync(db => db.TestAttempts.AsNoTracking().ToListAsync());
        Assert.Equal(3 * 2 * 2 + 1, attempts.Count);
        Assert.Contains(attempts, a => a.Test == TestKind.Post && a.Percent < 60);
        Assert.Equal(6, await app.QueryAsync(db => db.SatisfactionAnswers.CountAsync()));
        Assert.Equal(6, await app.QueryAsync(db => db.SatisfactionReceipts.CountAsync()));
        var certificates = await app.QueryAsync(db => db.TrainingCertificates.AsNoTracking().ToListAsync());
        Assert.Equal(3, certificates.Count);
        Assert.Single(certificates, c => c.RevokedAt is not null);
        // Issued a week after the cycle ended, as the coordinator would have.
        Assert.All(certificates, c => Assert.Equal(app.Today.AddDays(37), DateOnly.FromDateTime(SiteTime.ToLocal(c.IssuedAt))));

        // The gains and the report read the demo.
        var coordinator = await app.ApiClientAsync(TrainingTestsSeed.Coordinator);
        var gains = await coordinator.GetStringAsync($"/api/v1/training/cycles/{seed.CycleId}/gains");
        Assert.Contains("\"gain\":", gains, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(AmudduApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DemoTrainingTests.SeedAsync(scope.ServiceProvider.GetRequiredService<AmudduDbContext>(), CancellationToken.None);
    }
}
