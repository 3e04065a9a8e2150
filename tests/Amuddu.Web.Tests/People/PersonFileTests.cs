using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.People;

public sealed class PersonFileTests
{
    [Fact]
    public async Task Measure_file_commands()
    {
        var counter = new SqlCommandCounter();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(counter);
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN", "en");
        var browser = app.CreateBrowser("en");
        await app.WebSignInAsync(browser, Demo.Counsellor);
        await browser.GetAsync($"/people/{personId}");
        var commands = await counter.CountAsync(async () => (await browser.GetAsync($"/people/{personId}")).EnsureSuccessStatusCode());
        Console.WriteLine($"COMMANDS {commands.Count}");
        File.WriteAllLines("/tmp/file-commands-before.txt", commands);
    }
}
