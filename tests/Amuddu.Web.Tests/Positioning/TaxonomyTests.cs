using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Tests.Positioning;

public sealed class TaxonomyTests
{
    [Fact]
    public async Task Every_database_starts_with_the_starter_taxonomy_in_three_languages_and_consistent_relations()
    {
        await using var app = await AmudduApp.StartAsync();

        var occupations = await app.QueryAsync(db => db.Occupations.AsNoTracking().ToListAsync());
        var skills = await app.QueryAsync(db => db.Skills.AsNoTracking().ToListAsync());
        var relations = await app.QueryAsync(db => db.OccupationSkills.AsNoTracking().ToListAsync());

        Assert.InRange(occupations.Count, 40, 70);
        Assert.InRange(skills.Count, 80, 120);
        Assert.Equal(TaxonomySeed.Relations().Count(), relations.Count);
        Assert.All(occupations, o => Assert.Matches("^[0-9]{4}$", o.IscoGroup));
        Assert.All(occupations.Cast<ITaxonomyEntry>().Concat(skills), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.NameFr) || string.IsNullOrWhiteSpace(e.NameEn), e.Code);
            Assert.True(Amuddu.Linkage.Normalisation.TextFolding.ContainsArabic(e.NameAr), e.Code);
        });
        // Every occupation calls for at least one essential skill, and every skill serves some occupation or is transversal.
        Assert.All(occupations, o => Assert.Contains(relations, r => r.OccupationCode == o.Code && r.Relation == SkillRelation.Essential));
        Assert.All(skills.Where(s => s.Kind != SkillKind.Transversal), s => Assert.Contains(relations, r => r.SkillCode == s.Code));
    }

    [Theory]
    [InlineData("fr", "soudeuse", "OCC-WELDER", "Soudeur / Soudeuse")]
    [InlineData("fr", "macon", "OCC-BRICKLAYER", "Maçon / Maçonne")]
    [InlineData("fr", "centre d'appels", "OCC-CALL-CENTRE-AGENT", "Téléconseiller / Téléconseillère")]
    [InlineData("ar", "نجار", "OCC-CARPENTER", "نجّار")]
    [InlineData("ar", "لحام", "OCC-WELDER", "لحّام")]
    [InlineData("ar", "مركز الاتصال", "OCC-CALL-CENTRE-AGENT", "مستشار(ة) في مركز النداء")]
    [InlineData("en", "fruit picker", "OCC-FARM-WORKER", "Crop farm labourer")]
    public async Task Occupations_are_found_by_any_label_in_any_language_and_named_in_the_reader_s(string language, string query, string code, string name)
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, language);

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/taxonomy/occupations?query={Uri.EscapeDataString(query)}");

        var occupation = Assert.Single(found.EnumerateArray(), o => o.GetProperty("code").GetString() == code);
        Assert.Equal(name, occupation.GetProperty("name").GetString());
        Assert.Matches("^[0-9]{4}$", occupation.GetProperty("iscoGroup").GetString()!);
        Assert.True(found.GetArrayLength() <= 5, $"{query}: {found.GetArrayLength()} results");
    }

    [Fact]
    public async Task Skills_are_searched_in_arabic_and_french_and_filtered_by_occupation_essential_first()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Counsellor, "fr");

        var arabic = await client.GetFromJsonAsync<JsonElement>($"/api/v1/taxonomy/skills?query={Uri.EscapeDataString("الزليج")}");
        var french = await client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/skills?query=permis");
        var welder = await client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/skills?occupation=OCC-WELDER");
        var unknown = await (await client.GetAsync("/api/v1/taxonomy/skills?occupation=OCC-ASTRONAUT")).ProblemAsync(HttpStatusCode.BadRequest);
        var everything = await client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy/occupations?limit=500");

        Assert.Equal("SK-TILING", Assert.Single(arabic.EnumerateArray()).GetProperty("code").GetString());
        Assert.Contains(french.EnumerateArray(), s => s.GetProperty("code").GetString() == "SK-LICENCE-C");
        Assert.All(french.EnumerateArray(), s => Assert.Equal("Licence", s.GetProperty("kind").GetString()));
        var relations = welder.EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("relation").GetString())).ToList();
        Assert.Equal(("SK-WELDING", "Essential"), relations.First(r => r.Item1 == "SK-WELDING"));
        Assert.Equal(("SK-METALWORK", "Optional"), relations.Last());
        Assert.True(unknown.GetProperty("errors").TryGetProperty("occupation", out _));
        Assert.Equal(TaxonomySeed.Occupations.Count, everything.GetArrayLength());
        await (await client.GetAsync("/api/v1/taxonomy/occupations?limit=0")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_taxonomy_is_for_signed_in_staff_only()
    {
        await using var app = await AmudduApp.StartAsync();

        var anonymous = await app.CreateClient().GetAsync("/api/v1/taxonomy/occupations");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
