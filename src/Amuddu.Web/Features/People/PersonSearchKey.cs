using Amuddu.Linkage.Normalisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amuddu.Web.Features.People;

/// <summary>
/// One sound key of one of a person's names, or of a given name and a family name together ("key+key",
/// in both orders). "Mohamed", "Muhammad" and "محمد" share a key, so a search in either script and any
/// common spelling is an indexed equality; the pair keys keep "Mohamed Diallo" a short list even where
/// thousands are called Mohamed and thousands Diallo.
/// </summary>
public sealed class PersonSearchKey
{
    public Guid PersonId { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Key { get; init; }

    /// <summary>When the person registered: the newest-first order of search results, read straight from the index.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public static IEnumerable<PersonSearchKey> For(Person person) =>
        KeysOf(person).Select(k => new PersonSearchKey { PersonId = person.Id, OrganisationId = person.OrganisationId, Key = k, CreatedAt = person.CreatedAt });

    public static IEnumerable<string> KeysOf(string? text) =>
        Tokens(text).Select(token => NameNormaliser.Prepare(token).Phonetic).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> KeysOf(Person person)
    {
        var given = KeysOf(person.FirstName).Concat(KeysOf(person.FirstNameArabic)).Distinct(StringComparer.Ordinal).ToList();
        var family = KeysOf(person.LastName).Concat(KeysOf(person.LastNameArabic)).Distinct(StringComparer.Ordinal).ToList();
        var pairs = given.SelectMany(g => family.SelectMany(f => new[] { Pair(g, f), Pair(f, g) }));
        var phones = new[] { person.Phone, person.WhatsApp }.OfType<string>().Select(PhoneKey);
        return given.Concat(family).Concat(pairs).Concat(phones).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Phone and WhatsApp numbers (E.164) share one kind of key, so either is found by one indexed lookup.</summary>
    public static string PhoneKey(string e164) => "tel:" + e164;

    public static string Pair(string first, string second) => $"{first}+{second}";

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
        builder.HasIndex(k => new { k.OrganisationId, k.Key, k.CreatedAt });
    }
}
