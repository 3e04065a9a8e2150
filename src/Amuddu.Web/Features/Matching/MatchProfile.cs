using System.Text.Json;
using System.Text.Json.Serialization;
using Amuddu.Matching;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.Matching;

/// <summary>
/// A positioned person as matching sees them, in one row: what the engine's <see cref="CandidateProfile"/> holds and
/// nothing else (no sex, nationality, birth, health, constraints, vulnerability or legal status, only the last day
/// the documents give the right to work). Derived from the positioning lists, the interview, the documents and the
/// person's region and city by <see cref="MatchProfiles.RefreshAsync"/>, which the use cases changing those call;
/// a merged or erased person has none. Reading one row per candidate, instead of five lists, is what keeps a
/// vacancy's ranking among a million people under the benchmark's target.
/// </summary>
public sealed class MatchProfile
{
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; set; }

    /// <summary>The last day the person may work (9999-12-31: no end); null: the documents give no right to work.</summary>
    public DateOnly? RightToWorkUntil { get; set; }

    /// <summary>The profile's lists and values as compact JSON (<see cref="MatchProfileData"/>).</summary>
    public string Data { get; set; } = "{}";
    public DateTimeOffset UpdatedAt { get; set; }

    public CandidateProfile ToCandidate() => MatchProfileData.Read(PersonId, RightToWorkUntil, Data);
}

/// <summary>The JSON of <see cref="MatchProfile.Data"/>, with short names: it is read for thousands of rows per search.</summary>
public sealed class MatchProfileData
{
    [JsonPropertyName("t")] public string[] Targets { get; set; } = [];
    [JsonPropertyName("p")] public PastItem[] Past { get; set; } = [];
    [JsonPropertyName("s")] public SkillItem[] Skills { get; set; } = [];
    [JsonPropertyName("l")] public LanguageItem[] Languages { get; set; } = [];
    [JsonPropertyName("e")] public int? Education { get; set; }
    [JsonPropertyName("r")] public string? Region { get; set; }
    [JsonPropertyName("c")] public string? City { get; set; }
    [JsonPropertyName("a")] public DateOnly? AvailableFrom { get; set; }

    public sealed record PastItem([property: JsonPropertyName("o")] string Occupation, [property: JsonPropertyName("y")] int Years);

    public sealed record SkillItem([property: JsonPropertyName("k")] string Skill, [property: JsonPropertyName("v")] int Level);

    public sealed record LanguageItem([property: JsonPropertyName("k")] string Language, [property: JsonPropertyName("v")] int Level);

    public static string Write(CandidateProfile profile) => JsonSerializer.Serialize(new MatchProfileData
    {
        Targets = profile.TargetOccupations,
        Past = [.. profile.PastOccupations.Select(p => new PastItem(p.OccupationCode, p.Years))],
        Skills = [.. profile.Skills.Select(s => new SkillItem(s.SkillCode, (int)s.Level))],
        Languages = [.. profile.Languages.Select(l => new LanguageItem(l.LanguageCode, (int)l.Level))],
        Education = (int?)profile.Education,
        Region = profile.RegionCode,
        City = profile.City,
        AvailableFrom = profile.AvailableFrom,
    }, MatchProfileJson.Default.MatchProfileData);

    public static CandidateProfile Read(Guid personId, DateOnly? rightToWorkUntil, string json)
    {
        var data = JsonSerializer.Deserialize(json, MatchProfileJson.Default.MatchProfileData) ?? new MatchProfileData();
        return new CandidateProfile
        {
            Id = personId,
            TargetOccupations = data.Targets,
            PastOccupations = [.. data.Past.Select(p => new PastOccupation(p.Occupation, p.Years))],
            Skills = [.. data.Skills.Select(s => new HeldSkill(s.Skill, (Proficiency)s.Level))],
            Languages = [.. data.Languages.Select(l => new HeldLanguage(l.Language, (LanguageLevel)l.Level))],
            Education = (EducationStep?)data.Education,
            RegionCode = data.Region,
            City = data.City,
            AvailableFrom = data.AvailableFrom,
            RightToWorkUntil = rightToWorkUntil,
        };
    }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MatchProfileData))]
internal sealed partial class MatchProfileJson : JsonSerializerContext;

internal sealed class MatchProfileConfiguration : IEntityTypeConfiguration<MatchProfile>
{
    public void Configure(EntityTypeBuilder<MatchProfile> builder)
    {
        builder.ToTable("match_profiles");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.Data).HasMaxLength(16000);
        builder.HasOne<Person>().WithOne().HasForeignKey<MatchProfile>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.OrganisationId);
    }
}
