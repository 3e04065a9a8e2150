using Amuddu.Linkage.Normalisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.People;

/// <summary>
/// One sound key of one of a person's names. "Mohamed", "Muhammad" and "محمد" share a key, so a search
/// in either script and any common spelling is an indexed equality, whatever the number of people on file.
/// </summary>
public sealed class PersonSearchKey
{
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Key { get; init; }

    public static IEnumerable<string> KeysOf(string? text) =>
        Tokens(text).Select(token => NameNormaliser.Prepare(token).Phonetic).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> KeysOf(Person person) =>
        new[] { person.FirstName, person.LastName, person.FirstNameArabic, person.LastNameArabic }
            .SelectMany(KeysOf).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Tokens(string? text) =>
        (text ?? "").Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class PersonSearchKeyConfiguration : IEntityTypeConfiguration<PersonSearchKey>
{
    public void Configure(EntityTypeBuilder<PersonSearchKey> builder)
    {
        builder.ToTable("person_search_keys");
        builder.HasKey(k => new { k.PersonId, k.Key });
        builder.Property(k => k.Key).HasMaxLength(64);
        builder.HasOne<Person>().WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => new { k.OrganisationId, k.Key });
    }
}
