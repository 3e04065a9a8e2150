using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// The cross-organisation access matrix: for every API endpoint that takes an id, a counsellor of
/// another organisation asks for the employment agency's real objects (people and everything on their
/// files, filled by the demo seeders of every area) and must get exactly the answer given for an id
/// that does not exist. Endpoints are read from the app, so a new one is covered the day it is mapped.
/// </summary>
public sealed class IsolationMatrixTests
{
    [Fact]
    public async Task Another_organisation_gets_the_answer_for_a_missing_object_on_every_endpoint_that_takes_an_id()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        await MergeTwoFilesAsync(app, counsellor);
        var stranger = await app.ApiClientAsync(Demo.NgoCounsellor, "en");
        var ngo = await OrganisationOfAsync(app, Demo.NgoCounsellor);
        var entraide = await OrganisationOfAsync(app, Demo.Caseworker);
        // The NGO's counsellor tries a referral the agency sent to Entraide Nationale.
        var owned = await OwnedIdsAsync(app, ngo, await ReferralAsync(app, r => r.RecipientOrganisationId == entraide && r.Status != ReferralStatus.Draft));

        var (tried, leaks, unresolved) = await TryEveryEndpointAsync(app, stranger, [owned]);

        Assert.Empty(leaks);
        // Every such endpoint was tried with a real object: a new kind of id needs a demo object of its kind.
        Assert.True(unresolved.Count == 0, string.Join(", ", unresolved));
        Assert.True(tried >= 40, $"only {tried} requests tried");

        // Nor do lists and searches show another organisation's people.
        var someone = await app.QueryAsync(db => db.People.AsNoTracking().OrderBy(p => p.FileNumber).FirstAsync());
        var searches = await stranger.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={someone.FileNumber}");
        Assert.Empty(searches.GetProperty("items").EnumerateArray());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>($"/api/v1/people?query={Uri.EscapeDataString(someone.FirstName ?? someone.FirstNameArabic!)}"))
            .GetProperty("items").EnumerateArray());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/people")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_partner_caseworker_gets_the_answer_for_a_missing_object_for_what_its_organisation_was_not_referred()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        await MergeTwoFilesAsync(app, counsellor);
        var caseworker = await app.ApiClientAsync(Demo.Caseworker, "en");
        var entraide = await OrganisationOfAsync(app, Demo.Caseworker);
        // A referral to someone else, and a draft addressed to Entraide Nationale (a draft is the sender's alone).
        var elsewhere = await OwnedIdsAsync(app, entraide, await ReferralAsync(app, r => r.RecipientOrganisationId != entraide && r.IsOpen));
        var draft = await OwnedIdsAsync(app, entraide, await ReferralAsync(app, r => r.RecipientOrganisationId == entraide && r.Status == ReferralStatus.Draft));
        // Once closed, a referral no longer opens the person's shared file to the recipient.
        var closed = await OwnedIdsAsync(app, entraide, await ReferralAsync(app, r => r.RecipientOrganisationId == entraide && r.Status == ReferralStatus.Closed));

        var (tried, leaks, unresolved) = await TryEveryEndpointAsync(app, caseworker, [elsewhere, draft],
            (pattern, ids) => IsReferralPersonRoute(pattern) ? [.. ids, closed] : ids);

        Assert.Empty(leaks);
        Assert.True(unresolved.Count == 0, string.Join(", ", unresolved));
        Assert.True(tried >= 80, $"only {tried} requests tried");
    }

    /// <summary>
    /// Lists, searches and exports (every GET without an id, for organisations' own data) asked by each stranger,
    /// bare and with the agency's file number, name and person id, and either box: none may show the agency's
    /// people, nor referrals the stranger's organisation did not receive.
    /// </summary>
    [Fact]
    public async Task Lists_searches_and_exports_show_a_stranger_nothing_of_another_organisation()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var lists = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal)
                && e.RoutePattern.Parameters.Count == 0
                && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains("GET")
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
                // Directories every partner reads by design, and the network's counts (no person in them).
                && !new[] { "api/v1/organisations", "api/v1/directory", "api/v1/reference-data", "api/v1/referrals/statistics" }
                    .Any(p => e.RoutePattern.RawText.TrimStart('/').StartsWith(p, StringComparison.Ordinal)))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'))
            .Distinct().ToList();

        var leaks = new List<string>();
        foreach (var email in new[] { Demo.NgoCounsellor, Demo.Caseworker, VdabTrainer })
        {
            var stranger = await app.ApiClientAsync(email, "en");
            var organisation = await OrganisationOfAsync(app, email);
            var (tokens, someone) = await TokensAsync(app, organisation);
            string[] queries =
            [
                "", $"?query={Uri.EscapeDataString(someone.FileNumber)}", $"?query={Uri.EscapeDataString($"{someone.FirstName} {someone.LastName}")}",
                $"?query={Uri.EscapeDataString(someone.LastName!)}", $"?personId={someone.Id}", "?box=sent", "?box=received",
            ];
            var answered = 0;
            foreach (var url in lists)
            {
                foreach (var query in queries)
                {
                    using var response = await stranger.GetAsync(url + query);
                    answered += response.IsSuccessStatusCode ? 1 : 0;
                    var text = Readable(await response.Content.ReadAsStringAsync());
                    leaks.AddRange(tokens.Where(t => t.Matches(text)).Select(t => $"{email} GET {url}{query}: {t.What}"));
                }
            }

            // The stranger's own lists answer: the check is not passing on refusals alone.
            Assert.True(answered >= 5, $"{email}: only {answered} lists answered");
        }

        Assert.Empty(leaks);
        Assert.True(lists.Count >= 10, $"only {lists.Count} lists tried: {string.Join(", ", lists)}");
        Assert.Contains("/api/v1/people", lists);
    }

    /// <summary>
    /// The demo employer (Atlas Textile) tries every vacancy route with another company's vacancy and a candidate sent to that company
    /// under the person's consent: each answers as for a vacancy that does not exist. Its own vacancy answers, showing only the
    /// candidates put before it, named only when sent with a consent in force.
    /// </summary>
    [Fact]
    public async Task An_employer_gets_the_answer_for_a_missing_object_for_another_company_s_vacancies_and_candidates()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        await MergeTwoFilesAsync(app, await app.ApiClientAsync(Demo.Counsellor));
        var employer = await app.ApiClientAsync(Demo.Employer, "en");
        var company = await OrganisationOfAsync(app, Demo.Employer);
        var owned = await OwnedIdsAsync(app, company, await ReferralAsync(app, r => r.Status != ReferralStatus.Draft));
        var own = owned["Vacancy"];
        var (vacancy, candidacy) = await app.QueryAsync(async db =>
        {
            var other = new Features.Organisations.Organisation { Name = "Hôtel Atlantique SA", Kind = Features.Organisations.OrganisationKind.Employer };
            var template = await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == own);
            var id = Guid.CreateVersion7();
            var theirs = new Features.Vacancies.Vacancy
            {
                Id = id, Reference = Features.Vacancies.Vacancy.NewReference(id), OrganisationId = template.OrganisationId, CompanyId = other.Id,
                Status = Features.Vacancies.VacancyStatus.Open, Title = "Femme de chambre", OccupationCode = template.OccupationCode,
                StartsOn = template.StartsOn, ClosesOn = template.ClosesOn,
            };
            var sent = await db.Candidacies.AsNoTracking().FirstAsync(c => c.VacancyId == own && c.Status == Features.Placements.CandidacyStatus.Sent);
            var consent = new Features.Consents.Consent
            {
                PersonId = sent.PersonId, OrganisationId = template.OrganisationId, Purpose = Features.Consents.ConsentPurpose.SharingWithPartner,
                RecipientOrganisationId = other.Id, GivenOn = app.Today, RecordedAt = app.Clock.GetUtcNow(),
            };
            var candidacy = new Features.Placements.Candidacy
            {
                VacancyId = id, PersonId = sent.PersonId, OrganisationId = template.OrganisationId, Alias = "C-OTHER", ConsentId = consent.Id,
                Status = Features.Placements.CandidacyStatus.Sent, ShortlistedAt = app.Clock.GetUtcNow(), SentAt = app.Clock.GetUtcNow(),
            };
            db.AddRange(other, theirs, consent, candidacy);
            await db.SaveChangesAsync();
            return (id, candidacy.Id);
        });
        owned["Vacancy"] = vacancy;
        owned["Candidacy"] = candidacy;

        var (tried, leaks, unresolved) = await TryEveryEndpointAsync(app, employer, [owned],
            (pattern, sets) => pattern.RawText!.Contains("vacancies", StringComparison.Ordinal) ? sets : []);

        Assert.Empty(leaks);
        Assert.True(unresolved.Count == 0, string.Join(", ", unresolved));
        Assert.True(tried >= 2, $"only {tried} requests tried");
        // Its own vacancy answers: the candidates put before it, named only when sent under a consent in force.
        var candidates = (await employer.GetFromJsonAsync<JsonElement>($"/api/v1/employer/vacancies/{own}/candidates")).EnumerateArray().ToList();
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Contains(c.GetProperty("status").GetString(), new[] { "Interested", "Sent", "Interview", "Hired", "NotRetained" }));
        Assert.All(candidates, c => Assert.Equal(c.GetProperty("status").GetString() != "Interested", c.GetProperty("identity").ValueKind == JsonValueKind.Object));
        Assert.DoesNotContain(candidates, c => c.GetProperty("alias").GetString() == "C-OTHER");
    }

    private static readonly string VdabTrainer = $"vdab-trainer@{Features.Demo.DemoAccounts.Domain}";

    /// <summary>
    /// An external trainer (VDAB's expert, who teaches the agency's demo cycles) tries every API endpoint that takes an id
    /// with the agency's people and everything on their files, and with a training cycle he does not teach (its module,
    /// session, material and participant): each must answer as for an id that does not exist.
    /// </summary>
    [Fact]
    public async Task An_external_trainer_gets_the_answer_for_a_missing_object_on_every_endpoint_that_takes_an_id()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.SeedAllDemoDataAsync();
        var counsellor = await app.ApiClientAsync(Demo.Counsellor);
        await MergeTwoFilesAsync(app, counsellor);
        var trainer = await app.ApiClientAsync(VdabTrainer, "en");
        var vdab = await OrganisationOfAsync(app, VdabTrainer);
        var owned = await OwnedIdsAsync(app, vdab, await ReferralAsync(app, r => r.Status != ReferralStatus.Draft));
        foreach (var (kind, id) in await UntaughtCycleAsync(app))
        {
            owned[kind] = id;
        }

        var (tried, leaks, unresolved) = await TryEveryEndpointAsync(app, trainer, [owned]);

        Assert.Empty(leaks);
        Assert.True(unresolved.Count == 0, string.Join(", ", unresolved));
        Assert.True(tried >= 80, $"only {tried} requests tried");
        // The check is not passing on refusals alone: what he teaches, he reads.
        var taught = await app.QueryAsync(db => db.TrainingSessionTrainers.Join(db.Users.Where(u => u.Email == VdabTrainer), t => t.TrainerId, u => u.Id, (t, u) => t.SessionId).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"/api/v1/training/sessions/{taught}")).StatusCode);
    }

    /// <summary>
    /// Every page (and every file a page offers) an external trainer can ask for, bare, with the agency's file number and name,
    /// and with the ids of the agency's people and their files: none shows a migrant's id, file number or family name.
    /// </summary>
    [Fact]
    public async Task No_page_shows_an_external_trainer_a_migrant_s_data()
    {
        await using var app = await AmudduApp.StartAsync(new() { ["Amuddu:RateLimits:SignInPerMinute"] = "100000" });
        await app.SeedAllDemoDataAsync();
        await MergeTwoFilesAsync(app, await app.ApiClientAsync(Demo.Counsellor));
        var browser = app.CreateBrowser("fr");
        await app.WebSignInAsync(browser, VdabTrainer);
        var vdab = await OrganisationOfAsync(app, VdabTrainer);
        var (tokens, someone) = await TokensAsync(app, vdab);
        var owned = await OwnedIdsAsync(app, vdab, await ReferralAsync(app, r => r.Status != ReferralStatus.Draft));
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)
                && !raw.Contains("_framework", StringComparison.Ordinal) && !raw.Contains("openapi", StringComparison.Ordinal)
                && !raw.Contains("account/sign-out", StringComparison.Ordinal)
                && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains("GET")
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .ToList();
        string[] queries = ["", $"?query={Uri.EscapeDataString(someone.FileNumber)}", $"?query={Uri.EscapeDataString(someone.LastName!)}", $"?personId={someone.Id}"];
        var leaks = new List<string>();
        var opened = new List<string>();
        var tried = 0;
        foreach (var page in pages)
        {
            var url = Url(page.RoutePattern, p => PageIdFor(page.RoutePattern, p, owned));
            if (url is null)
            {
                continue;
            }

            foreach (var query in page.RoutePattern.Parameters.Count == 0 ? queries : [""])
            {
                tried++;
                using var response = await browser.GetAsync(url + query);
                var body = await response.ReadHtmlAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    opened.Add(url);
                }

                // What the request itself carried may come back (a search box keeps what was typed): that is no leak.
                var asked = Uri.UnescapeDataString(query);
                leaks.AddRange(tokens.Where(t => !t.Matches(asked) && t.Matches(body)).Select(t => $"GET {url}{query} ({(int)response.StatusCode}): {t.What}"));
            }
        }

        Assert.Empty(leaks);
        Assert.True(tried >= 60, $"only {tried} pages tried");
        // The pages of his work open; the people's files do not.
        Assert.Contains("/training", opened);
        Assert.Contains("/home", opened);
        Assert.DoesNotContain("/people", opened);
        Assert.DoesNotContain($"/people/{owned["Person"]}", opened);
    }

    /// <summary>A cycle of the agency with a module, a session, a material and a participant, that no external trainer teaches.</summary>
    private static Task<Dictionary<string, Guid>> UntaughtCycleAsync(AmudduApp app) => app.QueryAsync(async db =>
    {
        var agency = await OrganisationOfAsync(db, Demo.Counsellor);
        var vdab = await OrganisationOfAsync(db, VdabTrainer);
        var cycle = new Features.Training.TrainingCycle
        {
            OrganisationId = agency, DeliveredById = vdab, Title = "Untaught", StartsOn = app.Today, EndsOn = app.Today.AddDays(30), Capacity = 5,
            Status = Features.Training.CycleStatus.Open,
        };
        var module = new Features.Training.TrainingModule { CycleId = cycle.Id, Number = 1, Title = "Untaught", DurationHours = 3 };
        var session = new Features.Training.TrainingSession { CycleId = cycle.Id, ModuleId = module.Id, StartsAt = app.Clock.GetUtcNow(), DurationMinutes = 60, Capacity = 5, Place = "Rabat" };
        var material = new Features.Training.ModuleMaterial { ModuleId = module.Id, Language = "fr", VersionNumber = 1, FileName = "x.pdf", ContentType = "application/pdf", Size = 4 };
        var participant = new Features.Training.CycleParticipant
        {
            CycleId = cycle.Id, UserId = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync(),
            NominatedAt = app.Clock.GetUtcNow(), Status = Features.Training.ParticipantStatus.Enrolled,
        };
        db.AddRange(cycle, module, session, material, participant);
        db.Add(new Features.Training.ModuleMaterialContent { MaterialId = material.Id, Content = "%PDF"u8.ToArray() });
        await db.SaveChangesAsync();
        return new Dictionary<string, Guid>
        {
            ["TrainingCycle"] = cycle.Id, ["TrainingModule"] = module.Id, ["TrainingSession"] = session.Id, ["ModuleMaterial"] = material.Id,
            ["CycleParticipant"] = participant.Id,
        };
    });

    /// <summary>
    /// The object for a page's route parameter: <c>{PersonId}</c> a person, <c>{DocumentId}</c> a document…; a bare <c>{Id}</c>
    /// takes the kind of the segment before it (<c>/people/{Id}</c> a person, <c>/training/{Id}</c> a training cycle).
    /// </summary>
    private static Guid? PageIdFor(RoutePattern pattern, RoutePatternParameterPart parameter, Dictionary<string, Guid> owned)
    {
        var name = parameter.Name.ToLowerInvariant();
        var stem = name.EndsWith("id", StringComparison.Ordinal) ? name[..^2] : name;
        if (stem.Length == 0)
        {
            var index = pattern.PathSegments.ToList().FindIndex(s => s.Parts.Contains(parameter));
            stem = index > 0 && pattern.PathSegments[index - 1].Parts.Single() is RoutePatternLiteralPart literal
                ? literal.Content.TrimEnd('s').Replace("-", "", StringComparison.Ordinal)
                : "person";
        }

        return stem is "people" or "person" or "peopl" ? owned["Person"]
            : owned.Where(o => o.Key.Contains(stem, StringComparison.OrdinalIgnoreCase)).Select(o => (Guid?)o.Value).FirstOrDefault() ?? owned["Person"];
    }

    private sealed record Token(string What, Regex Pattern)
    {
        public bool Matches(string text) => Pattern.IsMatch(text);
    }

    /// <summary>
    /// What of the agency's a stranger must never read: the ids, file numbers and family names of the agency's
    /// people not referred to the stranger's organisation, the ids and references of the referrals not addressed
    /// to it; and one such person to search for.
    /// </summary>
    private static Task<(List<Token> Tokens, Person Someone)> TokensAsync(AmudduApp app, Guid organisation) => app.QueryAsync(async db =>
    {
        var agency = await OrganisationOfAsync(db, Demo.Counsellor);
        var referred = await db.Referrals.AsNoTracking().Where(r => r.RecipientOrganisationId == organisation && r.Status != ReferralStatus.Draft)
            .Select(r => r.PersonId).Distinct().ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == agency).ToListAsync();
        var hidden = people.Where(p => !referred.Contains(p.Id)).ToList();
        // A family name a referred person or a staff member also bears may rightly show.
        var shown = people.Where(p => referred.Contains(p.Id)).Select(p => p.LastName).Concat(await db.Users.Select(u => u.DisplayName).ToListAsync())
            .OfType<string>().SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal);
        static Regex Word(string value) => new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        var tokens = new List<Token>();
        tokens.AddRange(hidden.Select(p => new Token($"person {p.Id}", Word(p.Id.ToString()))));
        tokens.AddRange(hidden.Select(p => new Token($"file {p.FileNumber}", Word(p.FileNumber))));
        tokens.AddRange(hidden.Select(p => p.LastName).OfType<string>().Where(n => !shown.Contains(n)).Distinct()
            .Select(n => new Token($"name {n}", Word(n))));
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.RecipientOrganisationId != organisation || r.Status == ReferralStatus.Draft).Where(r => r.SenderOrganisationId != organisation)
            .Select(r => new { r.Id, r.Reference }).ToListAsync();
        tokens.AddRange(referrals.Select(r => new Token($"referral {r.Id}", Word(r.Id.ToString()))));
        tokens.AddRange(referrals.Select(r => new Token($"reference {r.Reference}", Word(r.Reference))));
        Assert.NotEmpty(referrals);
        var someone = hidden.Where(p => p.LastName is not null && p.FirstName is not null && !shown.Contains(p.LastName)).OrderBy(p => p.FileNumber).First();
        return (tokens, someone);
    });

    /// <summary>A JSON body as the text of its values (JSON escapes accents and Arabic), any other body as it is.</summary>
    private static string Readable(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var text = new StringBuilder();
            void Walk(JsonElement e)
            {
                switch (e.ValueKind)
                {
                    case JsonValueKind.Object:
                        foreach (var p in e.EnumerateObject())
                        {
                            text.Append(p.Name).Append('\n');
                            Walk(p.Value);
                        }

                        break;
                    case JsonValueKind.Array:
                        foreach (var item in e.EnumerateArray())
                        {
                            Walk(item);
                        }

                        break;
                    case JsonValueKind.String:
                        text.Append(e.GetString()).Append('\n');
                        break;
                    case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined:
                        text.Append(e.GetRawText()).Append('\n');
                        break;
                }
            }

            Walk(json.RootElement);
            return text.ToString();
        }
        catch (JsonException)
        {
            return body;
        }
    }

    /// <summary>
    /// Calls every API endpoint that takes an id as <paramref name="stranger"/>, once with each set of the agency's
    /// objects and once with ids that do not exist; a difference is a leak.
    /// </summary>
    private static async Task<(int Tried, List<string> Leaks, List<string> Unresolved)> TryEveryEndpointAsync(
        AmudduApp app, HttpClient stranger, IReadOnlyList<Dictionary<string, Guid>> sets,
        Func<RoutePattern, IReadOnlyList<Dictionary<string, Guid>>, IReadOnlyList<Dictionary<string, Guid>>>? setsFor = null)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal)
                && e.RoutePattern.Parameters.Any(IsId)
                // Organisations and their sites are a directory every partner reads by design (consents and referrals name them).
                && !e.RoutePattern.RawText.TrimStart('/').StartsWith("api/v1/organisations", StringComparison.Ordinal)
                // The partner directory (profiles and published services) is read by every organisation by design;
                // its one write on an id (an offer's capacity) answers 404 to another organisation, tested in Directory.
                && !e.RoutePattern.RawText.TrimStart('/').StartsWith("api/v1/directory", StringComparison.Ordinal)
                // The public calendar is for everyone by design.
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);

        var leaks = new List<string>();
        var unresolved = new List<string>();
        var tried = 0;
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var owned in setsFor?.Invoke(endpoint.RoutePattern, sets) ?? sets)
            {
                var theirs = Url(endpoint.RoutePattern, p => IdFor(endpoint.RoutePattern, p, owned));
                if (theirs is null)
                {
                    unresolved.Add(endpoint.RoutePattern.RawText!);
                    continue;
                }

                var missing = Url(endpoint.RoutePattern, _ => Guid.NewGuid())!;
                foreach (var method in methods)
                {
                    tried++;
                    var (theirStatus, theirBody) = await SendAsync(stranger, method, theirs);
                    var (missingStatus, missingBody) = await SendAsync(stranger, method, missing);
                    if (theirStatus is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden) || theirStatus != missingStatus || theirBody != missingBody)
                    {
                        leaks.Add($"{method} {theirs} ({endpoint.RoutePattern.RawText}): {(int)theirStatus} {theirBody} / missing: {(int)missingStatus} {missingBody}");
                    }
                }
            }
        }

        return (tried, leaks, unresolved);
    }

    /// <summary>A referral route that reads the person's shared file (<c>referrals/{id}/person...</c>).</summary>
    private static bool IsReferralPersonRoute(RoutePattern pattern) =>
        pattern.RawText!.TrimStart('/').StartsWith("api/v1/referrals/", StringComparison.Ordinal)
        && pattern.PathSegments.SkipWhile(s => !s.Parts.OfType<RoutePatternParameterPart>().Any(IsId))
            .Any(s => s.Parts.OfType<RoutePatternLiteralPart>().Any(l => l.Content.Contains("person", StringComparison.OrdinalIgnoreCase)));

    private static Task<Guid> OrganisationOfAsync(AmudduApp app, string email) => app.QueryAsync(db => OrganisationOfAsync(db, email));

    private static async Task<Guid> OrganisationOfAsync(AmudduDbContext db, string email) =>
        await db.Users.Where(u => u.Email == email).Select(u => u.OrganisationId).SingleAsync();

    /// <summary>One of the agency's demo referrals, as the case in hand needs it.</summary>
    private static Task<Referral> ReferralAsync(AmudduApp app, Func<Referral, bool> which) => app.QueryAsync(async db =>
    {
        var agency = await OrganisationOfAsync(db, Demo.Counsellor);
        return (await db.Referrals.AsNoTracking().Where(r => r.SenderOrganisationId == agency).OrderBy(r => r.Reference).ToListAsync()).First(which);
    });

    private static async Task MergeTwoFilesAsync(AmudduApp app, HttpClient counsellor)
    {
        var (_, survivor) = await app.RegisterSomeoneAsync("Awa", "Sow", "SN");
        var (_, duplicate) = await app.RegisterSomeoneAsync("Moussa", "Keita", "ML");
        async Task<long> VersionAsync(Guid id) => (await counsellor.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}")).GetProperty("version").GetInt64();
        var merged = await counsellor.PostAsJsonAsync($"/api/v1/people/{survivor}/merge",
            new { duplicateId = duplicate, survivorVersion = await VersionAsync(survivor), duplicateVersion = await VersionAsync(duplicate) });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
    }

    private static bool IsId(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content == "guid");

    /// <summary>
    /// The employment agency's object for a route parameter: a person for <c>{personId}</c> and for <c>{id}</c> after
    /// <c>people</c>; otherwise the entity named like the parameter (<c>{documentId}</c> → IdentityDocument) or, for a
    /// bare <c>{id}</c> or <c>{itemId}</c>, like the segment before it (<c>appointments/{id}</c> → Appointment).
    /// </summary>
    private static Guid? IdFor(RoutePattern pattern, RoutePatternParameterPart parameter, Dictionary<string, Guid> owned)
    {
        var stem = parameter.Name.EndsWith("Id", StringComparison.Ordinal) ? parameter.Name[..^2] : parameter.Name;
        if (stem is "id" or "item")
        {
            var index = pattern.PathSegments.ToList().FindIndex(s => s.Parts.Contains(parameter));
            stem = index > 0 && pattern.PathSegments[index - 1].Parts.Single() is RoutePatternLiteralPart literal
                ? literal.Content.TrimEnd('s').Replace("-", "", StringComparison.Ordinal)
                : stem;
        }

        if (stem is "people" or "person" or "survivor" or "peopl")
        {
            return owned["Person"];
        }

        return owned.Where(o => o.Key.Contains(stem, StringComparison.OrdinalIgnoreCase)).Select(o => (Guid?)o.Value).FirstOrDefault();
    }

    private static string? Url(RoutePattern pattern, Func<RoutePatternParameterPart, Guid?> id)
    {
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        url.Append(literal.Content);
                        break;
                    case RoutePatternParameterPart parameter when IsId(parameter):
                        if (id(parameter) is not { } value)
                        {
                            return null;
                        }

                        url.Append(value);
                        break;
                    default:
                        return null;
                }
            }
        }

        return url.ToString();
    }

    private static async Task<(HttpStatusCode, string)> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // Problem details carry the request's trace id, which differs by nature.
        var comparable = body.Length == 0 ? "" : string.Join(",", JsonDocument.Parse(body).RootElement.EnumerateObject()
            .Where(p => p.Name is not "traceId" and not "instance").Select(p => $"{p.Name}={p.Value}"));
        return (response.StatusCode, comparable);
    }

    /// <summary>
    /// One id per kind of object held on the employment agency's people (any table with a PersonId), of people
    /// with no open referral to the stranger's organisation, and <paramref name="referral"/> with one of its events.
    /// </summary>
    private static Task<Dictionary<string, Guid>> OwnedIdsAsync(AmudduApp app, Guid strangerOrganisation, Referral referral) => app.QueryAsync(async db =>
    {
        var open = (await db.Referrals.AsNoTracking().Where(r => r.RecipientOrganisationId == strangerOrganisation).ToListAsync())
            .Where(r => r.IsOpen).Select(r => r.PersonId).ToHashSet();
        var person = (await db.People.AsNoTracking().OrderBy(p => p.FileNumber).Select(p => p.Id).Take(50).ToListAsync()).First(p => !open.Contains(p));
        var agencyOrganisation = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync();
        var trainingCycle = await db.TrainingCycles.Where(c => c.OrganisationId == agencyOrganisation).OrderBy(c => c.StartsOn).Select(c => c.Id).FirstAsync();
        var trainingModule = await db.TrainingModules.Where(m => m.CycleId == trainingCycle).OrderBy(m => m.Number).Select(m => m.Id).FirstAsync();
        var owned = new Dictionary<string, Guid>
        {
            // Training objects first: "cycle", "module" and "session" must find them before a kind that merely contains the word.
            ["TrainingCycle"] = trainingCycle,
            ["TrainingModule"] = trainingModule,
            ["TrainingSession"] = await db.TrainingSessions.Where(t => t.CycleId == trainingCycle).Select(t => t.Id).FirstAsync(),
            ["ModuleMaterial"] = await db.ModuleMaterials.Where(m => m.ModuleId == trainingModule).Select(m => m.Id).FirstAsync(),
            ["CycleParticipant"] = await db.CycleParticipants.Where(p => p.CycleId == trainingCycle).Select(p => p.Id).FirstAsync(),
            ["Person"] = person,
            ["User"] = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.Id).SingleAsync(),
            ["Merge"] = await db.PersonMerges.Select(m => m.Id).FirstAsync(),
            ["Offer"] = await db.Offers.Where(o => db.Organisations.Any(g => g.Id == o.OrganisationId && g.Acronym == "ANAPEC")).Select(o => o.Id).FirstAsync(),
            ["OutreachActivity"] = await db.OutreachActivities.Select(a => a.Id).FirstAsync(),
        };
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.FindProperty("PersonId") is not null
            && e.FindPrimaryKey()?.Properties is [{ ClrType: var key }] && key == typeof(Guid)))
        {
            var table = entity.GetTableName()!;
            var id = entity.FindPrimaryKey()!.Properties[0].GetColumnName();
            var personColumn = entity.FindProperty("PersonId")!.GetColumnName();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"{id}\", \"{personColumn}\" FROM \"{table}\" LIMIT 200";
            await db.Database.OpenConnectionAsync();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (reader.IsDBNull(1) || !open.Contains(AsGuid(reader.GetValue(1))))
                {
                    owned[entity.ClrType.Name] = AsGuid(reader.GetValue(0));
                    break;
                }
            }
        }

        // The outbox's messages are "notifications" in the API.
        if (owned.TryGetValue("OutboxMessage", out var message))
        {
            owned["Notification"] = message;
        }

        // The referral the case in hand needs, not whichever the table gives first, and its history.
        owned["Referral"] = referral.Id;
        owned["ReferralEvent"] = await db.ReferralEvents.Where(e => e.ReferralId == referral.Id).Select(e => e.Id).FirstAsync();

        // A vacancy: the one of the agency's candidacy, so the candidacy routes are tried on a pair that exists.
        if (owned.TryGetValue("Candidacy", out var candidacy))
        {
            owned.TryAdd("Vacancy", await db.Candidacies.Where(c => c.Id == candidacy).Select(c => c.VacancyId).SingleAsync());
        }

        // Objects the organisation holds with no person on them.
        var agency = await db.Users.Where(u => u.Email == Demo.Counsellor).Select(u => u.OrganisationId).SingleAsync();
        owned.TryAdd("InfoSession", await db.InfoSessions.Where(s => s.OrganisationId == agency).Select(s => s.Id).FirstAsync());

        // Support measures: an application with every kind of object hanging from it (documents, tranches, orders, a recovery).
        var application = await db.Recoveries.Where(r => r.OrganisationId == agency).Select(r => r.ApplicationId).FirstAsync();
        owned["SupportApplication"] = application;
        owned["Programme"] = await db.Applications.Where(a => a.Id == application).Select(a => a.ProgrammeId).SingleAsync();
        owned["Recovery"] = await db.Recoveries.Where(r => r.ApplicationId == application).Select(r => r.Id).FirstAsync();
        owned["Tranche"] = await db.Tranches.Where(t => t.ApplicationId == application).Select(t => t.Id).FirstAsync();
        owned["PaymentOrder"] = await db.PaymentOrders.Where(o => o.ApplicationId == application).Select(o => o.Id).FirstAsync();
        owned["ApplicationDocument"] = await db.ApplicationDocuments.Where(d => d.ApplicationId == application).Select(d => d.Id).FirstAsync();
        owned["CommitteeMeeting"] = await db.CommitteeMeetings.Where(m => m.OrganisationId == agency).Select(m => m.Id).FirstAsync();

        // Training (issue 15, tests part): a cycle of the agency with a module, a session, a test question and a certificate.
        foreach (var (kind, id) in await Training.TrainingTestsSeed.OwnedForIsolationAsync(db, DateTimeOffset.UtcNow))
        {
            owned.TryAdd(kind, id);
        }

        // Peer exchanges, their practices and the commitments to adopt them.
        owned["PeerExchange"] = await db.PeerExchanges.Where(e => e.OrganisationId == agency).Select(e => e.Id).FirstAsync();
        owned["Practice"] = await db.Practices.Where(p => p.OrganisationId == agency).Select(p => p.Id).FirstAsync();
        owned["Commitment"] = await db.Commitments.Where(c => c.OrganisationId == agency).Select(c => c.Id).FirstAsync();

        // Employers and vacancies (issue 16): a company file the agency follows ("employers/{id}") and one of its vacancies
        // ("vacancies/{id}" asks for a kind containing "vacancie").
        owned["Employer"] = await db.Companies.Where(c => c.ServiceOrganisationId == agency).OrderBy(c => c.Ice).Select(c => c.OrganisationId).FirstAsync();
        owned["Vacancies"] = await db.Vacancies.Where(v => v.OrganisationId == agency).OrderBy(v => v.Reference).Select(v => v.Id).FirstAsync();
        // Indicators (issue 17): a result of the agency's framework and one of its indicators ("results/{id}", "indicators/{id}").
        owned["ResultArea"] = await db.ResultAreas.Where(r => r.OrganisationId == agency).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
        owned["Indicator"] = await db.Indicators.Where(i => i.OrganisationId == agency).OrderBy(i => i.Code).Select(i => i.Id).FirstAsync();
        // Matching (issue 16): a vacancy of the agency, for /matches/vacancies/{vacancyId}/people (/matches/people/{personId} takes the person).
        if (!owned.ContainsKey("Vacancy"))
        {
            owned["Vacancy"] = await db.Vacancies.Where(v => v.OrganisationId == agency).Select(v => (Guid?)v.Id).FirstOrDefaultAsync()
                ?? await Matching.MatchingData.AddVacancyAsync(db, agency, "OCC-WELDER", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30));
        }

        return owned;
    });

    private static Guid AsGuid(object value) => value is Guid guid ? guid : Guid.Parse((string)value);
}
