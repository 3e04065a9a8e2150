using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// Pages give their use cases the request's cancellation token (decision 0005), as the API does: a visitor gone
/// away stops the page's queries and its write before the commit. Seen from the database: each SQL command the
/// page's use case runs carries a token that can be cancelled, never <c>CancellationToken.None</c>.
/// </summary>
public sealed class PageCancellationTests
{
    [Fact]
    public async Task A_home_a_file_section_and_its_form_run_their_SQL_with_the_requests_token()
    {
        var recorder = new TokenRecorder();
        await using var app = await AmudduApp.StartAsync();
        app.TestServices = services => services.AddSingleton<IInterceptor>(recorder);
        var (_, personId) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var browser = app.CreateBrowser();
        await app.WebSignInAsync(browser, Demo.Counsellor);

        // A home's reads (the counsellor's appointments of the day).
        var home = await recorder.RecordAsync(() => browser.GetAsync("/home"));
        AssertCancellable(home, "FROM \"?appointments\"?");

        // A section's reads (the notes of the file).
        var page = $"/people/{personId}/follow-up";
        var section = await recorder.RecordAsync(() => browser.GetAsync(page));
        AssertCancellable(section, "FROM \"?contact_notes\"?");

        // A form's write (the note recorded), and the section read again after it.
        var at = SiteTime.ToLocal(app.Clock.GetUtcNow()).AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var sent = await recorder.RecordAsync(() => browser.SubmitFormAsync(page, "record-note",
            ("Note.Kind", "WhatsApp"), ("Note.ContactedAt", at), ("Note.Text", "Message envoyé au sujet de l'offre")));
        AssertCancellable(sent, "INSERT INTO \"?contact_notes\"?");
    }

    /// <summary>The commands on a table (quoted by SQLite, bare on PostgreSQL) all had a token that can be cancelled.</summary>
    private static void AssertCancellable(List<(string Sql, bool Cancellable)> commands, string touching)
    {
        var those = commands.Where(c => Regex.IsMatch(c.Sql, touching)).ToList();
        Assert.True(those.Count > 0, $"No command on {touching} among:\n{string.Join("\n", commands.Select(c => c.Sql.Split('\n')[0]))}");
        Assert.All(those, c => Assert.True(c.Cancellable, $"Run with CancellationToken.None:\n{c.Sql}"));
    }

    /// <summary>Each SQL command run, and whether the token it was given can be cancelled.</summary>
    private sealed class TokenRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<(string Sql, bool Cancellable)> _commands = new();

        public async Task<List<(string Sql, bool Cancellable)>> RecordAsync(Func<Task<HttpResponseMessage>> request)
        {
            _commands.Clear();
            var response = await request();
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
            return [.. _commands];
        }

        private void Record(DbCommand command, CancellationToken token) => _commands.Enqueue((command.CommandText, token.CanBeCanceled));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command, cancellationToken);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command, cancellationToken);
            return ValueTask.FromResult(result);
        }
    }
}
