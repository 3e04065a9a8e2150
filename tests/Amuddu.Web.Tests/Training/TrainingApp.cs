using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Training;

/// <summary>
/// One app for a test class, with the demo training cycles: each test makes the cycles it changes, so the tests of a
/// class do not depend on each other's data.
/// </summary>
public sealed class TrainingApp : IAsyncLifetime
{
    public AmudduApp App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await AmudduApp.StartAsync(new()
        {
            ["Amuddu:RateLimits:SignInPerMinute"] = "100000",
            ["Amuddu:RateLimits:TwoFactorPerMinute"] = "100000",
        });
        await App.SeedDemoTrainingAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
