using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Infrastructure;
using Amuddu.Web.Tests.Catalogue;
using Amuddu.Web.Tests.Infrastructure;
using Amuddu.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Amuddu.EndToEnd.Tests;

/// <summary>
/// From the street to a file: a woman finds a training on the public site in Arabic on her phone
/// and registers for an information session; the community agent logs the outing where she was
/// met and takes attendance at the session; the counsellor turns her into a full registration.
/// </summary>
public sealed class OutreachJourneyTests
{
    [Fact]
    public async Task A_person_registers_on_the_public_site_the_agent_takes_attendance_and_the_counsellor_opens_her_file()
    {
        await using var session = await BrowserSession.StartAsync();
        var app = session.App;
        await app.SeedDemoCatalogueAsync();
        var sessionId = await PublishedSessionSoonAsync(app);

        // The person, on a phone, in Arabic.
        var phone = await session.NewVisitorAsync("ar-MA", 390, 844, phone: true);
        await phone.GotoAsync("/");
        await phone.GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        Assert.Equal("rtl", await phone.Locator("html").GetAttributeAsync("dir"));
        await phone.GetByRole(AriaRole.Link, new() { Name = "التكوينات والخدمات" }).First.ClickAsync();
        await phone.GetByLabel("كلمات").FillAsync("الخياطة");
        await phone.GetByLabel("نوع العرض").SelectOptionAsync("VocationalTraining");
        await phone.GetByRole(AriaRole.Button, new() { Name = "عرض" }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "الخياطة والتعديل" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("الخياطة والتعديل");
        await AssertFitsTheScreenAsync(phone);

        await phone.GetByRole(AriaRole.Link, new() { Name = "الاطلاع على جدول الجلسات" }).First.ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = SessionTitle }).ClickAsync();
        await phone.GetByLabel("الاسم الشخصي").FillAsync("Awa");
        await phone.GetByLabel("أوافق على أن يتم التواصل معي بخصوص هذه الجلسة").CheckAsync();
        await phone.GetByLabel("عبر", new() { Exact = true }).SelectOptionAsync("WhatsApp");
        await phone.GetByLabel("الهاتف").FillAsync("06 61 98 76 54");
        await AssertFitsTheScreenAsync(phone);
        await phone.GetByRole(AriaRole.Button, new() { Name = "أسجّل" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("أنت مسجل");
        Assert.DoesNotContain("Awa", phone.Url);

        var confirmation = await app.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.TemplateKey == "SessionConfirmation"));
        Assert.Equal(("ar", OutboxChannel.WhatsApp), (confirmation.Culture, confirmation.Channel));

        // The community agent logs the outing where she met people, then takes attendance.
        var agent = session.Page;
        await JourneySteps.SignInAsync(session, agent, SessionTestData.Agent);
        await agent.GotoAsync("/outreach");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Préparer une sortie" }).First.ClickAsync();
        var anHourAgo = SiteTime.ToLocal(app.Clock.GetUtcNow().AddHours(-1));
        await agent.GetByLabel("Date", new() { Exact = true }).FillAsync(anHourAgo.ToString("yyyy-MM-dd"));
        await agent.GetByLabel("Heure", new() { Exact = true }).FillAsync(anHourAgo.ToString("HH:mm"));
        await agent.GetByLabel("Statut").SelectOptionAsync("Done");
        await agent.GetByLabel("Région").SelectOptionAsync("MA-06");
        await agent.GetByLabel("Ville").FillAsync("Casablanca");
        await agent.GetByLabel("Quartier").FillAsync("Derb Ghallef");
        await agent.GetByLabel("Type de lieu").SelectOptionAsync("Market");
        await agent.GetByLabel("Nom du lieu").FillAsync("Marché de Derb Ghallef");
        await agent.GetByLabel("Aminata Diallo").CheckAsync();
        await agent.GetByLabel("Femme 18–24 ans").FillAsync("6");
        await agent.GetByLabel("Homme 25–34 ans").FillAsync("4");
        await agent.GetByLabel("Dépliants").FillAsync("30");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(agent.GetByText("Enregistré.")).ToBeVisibleAsync();
        var outing = await app.QueryAsync(db => db.OutreachActivities.AsNoTracking().SingleAsync());
        Assert.Equal((OutreachStatus.Done, "Derb Ghallef"), (outing.Status, outing.Neighbourhood));

        await agent.GotoAsync("/info-sessions");
        await agent.GetByRole(AriaRole.Link, new() { Name = SessionTitle }).ClickAsync();
        await agent.GotoAsync($"/info-sessions/{sessionId}/attendance");
        await agent.GetByLabel("Awa").CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await Assertions.Expect(agent.Locator("li[data-status]")).ToHaveAttributeAsync("data-status", nameof(RegistrationStatus.Attended));

        // The counsellor opens the full file from the follow-up of the session.
        var counsellor = await session.NewVisitorAsync("fr-FR");
        await JourneySteps.SignInAsync(session, counsellor, Demo.Counsellor);
        await counsellor.GotoAsync($"/info-sessions/{sessionId}/attendance");
        await counsellor.GetByRole(AriaRole.Link, new() { Name = "Ouvrir un dossier complet" }).ClickAsync();
        await counsellor.GetByLabel("Nom de famille (lettres latines)").FillAsync("Camara");
        await counsellor.GetByLabel("Sexe").SelectOptionAsync("Female");
        await counsellor.GetByLabel("Date de naissance").FillAsync("1996-03-14");
        await counsellor.GetByLabel("Nationalité").SelectOptionAsync("GN");
        var languages = counsellor.GetByRole(AriaRole.Group, new() { Name = "Langues parlées" });
        await languages.Locator("summary").ClickAsync();
        await languages.Locator("#languages-ar").CheckAsync();
        await languages.Locator("#languages-fr").CheckAsync();
        await counsellor.GetByLabel("Région").SelectOptionAsync("MA-06");
        await counsellor.GetByLabel("Ville").FillAsync("Casablanca");
        await counsellor.GetByLabel("A connu le service par").SelectOptionAsync("CommunityAgent");
        await counsellor.GetByRole(AriaRole.Button, new() { Name = "Inscrire comme nouvelle personne" }).ClickAsync();
        await counsellor.WaitForURLAsync("**/people/*");
        await Assertions.Expect(counsellor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Awa Camara");

        var (pre, place) = await app.QueryAsync(async db => (
            await db.PreRegistrations.AsNoTracking().SingleAsync(),
            await db.SessionRegistrations.AsNoTracking().SingleAsync()));
        Assert.Equal(PreRegistrationStatus.Converted, pre.Status);
        Assert.NotNull(pre.PersonId);
        Assert.Equal((pre.PersonId, SessionFollowUp.ConvertedToFile), (place.PersonId, place.FollowUp));
        Assert.Equal("+212661987654", await app.QueryAsync(db => db.People.Where(p => p.Id == pre.PersonId).Select(p => p.WhatsApp).SingleAsync()));
    }

    private const string SessionTitle = "كيف تلتحق بتكوين مهني؟";

    /// <summary>A session in Arabic at the Casablanca agency starting within the hour, so attendance can be taken now.</summary>
    private static async Task<Guid> PublishedSessionSoonAsync(AmudduApp app)
    {
        var client = await app.ApiClientAsync(SessionTestData.Agent);
        var body = await app.SessionBodyAsync(title: SessionTitle, language: "ar");
        var startsAt = app.Clock.GetUtcNow().AddMinutes(40);
        var json = JsonSerializer.SerializeToNode(body)!.AsObject();
        json["startsAt"] = SessionTestData.Iso(new DateTimeOffset(startsAt.Year, startsAt.Month, startsAt.Day, startsAt.Hour, startsAt.Minute, 0, TimeSpan.Zero));
        var created = await client.PostAsJsonAsync("/api/v1/info-sessions", json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var planned = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = planned.GetProperty("id").GetGuid();
        var published = await client.PostAsJsonAsync($"/api/v1/info-sessions/{id}/publish", new { version = planned.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    /// <summary>Nothing wider than a phone's screen: no sideways scrolling to read or fill in.</summary>
    private static async Task AssertFitsTheScreenAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{page.Url} is wider than the screen");
}
