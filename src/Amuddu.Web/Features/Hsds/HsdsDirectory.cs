using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Hsds;

/// <summary>
/// The published catalogue as HSDS tables, in one language. Only published offers are read, and
/// an offer shows only public facts (names, places, contact points of the offer), so nothing here
/// is personal data. The catalogue is small (hundreds of offers), so it is built in memory for
/// each request and the endpoints filter and page it there.
/// </summary>
public sealed class HsdsDirectory
{
    public required string Language { get; init; }
    public List<HsdsOrganization> Organizations { get; } = [];
    public List<HsdsService> Services { get; } = [];
    public List<HsdsLocation> Locations { get; } = [];
    public List<HsdsAddress> Addresses { get; } = [];
    public List<HsdsServiceAtLocation> ServiceAtLocations { get; } = [];
    public List<HsdsLanguage> Languages { get; } = [];
    public List<HsdsCostOption> CostOptions { get; } = [];
    public List<HsdsRequiredDocument> RequiredDocuments { get; } = [];
    public List<HsdsPhone> Phones { get; } = [];
    public List<HsdsSchedule> Schedules { get; } = [];
    public List<HsdsAttribute> Attributes { get; } = [];
    public List<HsdsTaxonomy> Taxonomies { get; } = [];
    public List<HsdsTaxonomyTerm> TaxonomyTerms { get; } = [];

    /// <summary>Builds the directory in the current UI culture's language (the caller sets it).</summary>
    public static async Task<HsdsDirectory> LoadAsync(AmudduDbContext db, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var directory = new HsdsDirectory { Language = culture.TwoLetterISOLanguageName };

        var offers = (await db.Offers.AsNoTracking().Include(o => o.Texts)
                .Where(o => o.Status == OfferStatus.Published)
                .ToListAsync(cancellationToken))
            .OrderBy(o => o.Id).ToList();
        var organisationIds = offers.Select(o => o.OrganisationId)
            .Concat(offers.Where(o => o.HsdsOrganizationId is not null).Select(o => o.HsdsOrganizationId!.Value))
            .Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var siteIds = offers.Where(o => o.SiteId is not null).Select(o => o.SiteId!.Value).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var references = (await db.ReferenceItems.AsNoTracking()
                .Where(r => r.Kind == ReferenceKind.Region || r.Kind == ReferenceKind.Language || r.Kind == ReferenceKind.DocumentType)
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.Kind, r.Code), r => r.NameIn(culture));
        var occupations = (await db.Occupations.AsNoTracking().Where(o => o.IsActive).ToListAsync(cancellationToken))
            .OrderBy(o => o.Code, StringComparer.Ordinal).ToList();

        directory.AddVocabularies(text, occupations, culture);
        var terms = directory.TaxonomyTerms.ToDictionary(t => t.Id);
        foreach (var offer in offers)
        {
            directory.AddOffer(offer, organisations, sites, references, terms, text);
        }

        return directory;
    }

    private void AddVocabularies(IStringLocalizer text, List<Occupation> occupations, CultureInfo culture)
    {
        foreach (var vocabulary in Enum.GetValues<HsdsVocabulary>())
        {
            var slug = HsdsVocabularies.Slug(vocabulary);
            Taxonomies.Add(new HsdsTaxonomy
            {
                Id = HsdsVocabularies.TaxonomyId(vocabulary),
                Name = text[$"Hsds.Taxonomy.{slug}"],
                Description = text[$"Hsds.Taxonomy.{slug}.Description"],
                Uri = vocabulary == HsdsVocabulary.Occupation ? "https://isco.ilo.org/en/isco-08/" : null,
                Version = vocabulary == HsdsVocabulary.Occupation ? "ISCO-08" : "1",
            });
        }

        foreach (var kind in Enum.GetValues<OfferKind>())
        {
            AddTerm(HsdsVocabulary.OfferKind, kind.ToString(), text[$"Hsds.OfferKind.{kind}"], text[$"Hsds.OfferKind.{kind}"], null);
        }

        foreach (var eligibility in Enum.GetValues<Eligibility>())
        {
            AddTerm(HsdsVocabulary.Eligibility, eligibility.ToString(), text[$"Hsds.Eligibility.{eligibility}"], text[$"Hsds.Eligibility.{eligibility}"], null);
        }

        foreach (var detail in HsdsVocabularies.Details)
        {
            AddTerm(HsdsVocabulary.OfferDetail, detail, text[$"Hsds.Detail.{detail}"], text[$"Hsds.Detail.{detail}.Description"], null);
        }

        foreach (var occupation in occupations)
        {
            AddTerm(HsdsVocabulary.Occupation, occupation.Code, occupation.NameIn(culture),
                text["Hsds.OccupationTerm", occupation.IscoGroup], occupation.EscoUri);
        }
    }

    private void AddTerm(HsdsVocabulary vocabulary, string value, string name, string description, string? uri) =>
        TaxonomyTerms.Add(new HsdsTaxonomyTerm
        {
            Id = HsdsVocabularies.TermId(vocabulary, value),
            Code = HsdsVocabularies.TermCode(vocabulary, value),
            Name = name,
            Description = description,
            Taxonomy = HsdsVocabularies.Slug(vocabulary),
            TaxonomyId = HsdsVocabularies.TaxonomyId(vocabulary),
            Language = Language,
            TermUri = uri,
        });

    private void AddOffer(
        Offer offer, Dictionary<Guid, Organisation> organisations, Dictionary<Guid, Site> sites,
        Dictionary<(ReferenceKind, string), string> references, Dictionary<Guid, HsdsTaxonomyTerm> terms, IStringLocalizer text)
    {
        var words = offer.Texts.FirstOrDefault(t => t.Language == Language)
            ?? offer.Texts.FirstOrDefault(t => t.Language == "fr")
            ?? offer.Texts.OrderBy(t => t.Language, StringComparer.Ordinal).FirstOrDefault();
        if (words is null)
        {
            return;
        }

        var organizationId = AddOrganization(offer, organisations, text);
        var site = offer.SiteId is { } siteId && sites.TryGetValue(siteId, out var found) ? found : null;
        var locationId = site?.Id ?? offer.HsdsLocationId ?? HsdsIds.Of("location", offer.Id);
        if (Locations.All(l => l.Id != locationId))
        {
            Locations.Add(new HsdsLocation
            {
                Id = locationId,
                LocationType = "physical",
                OrganizationId = organizationId,
                Name = site?.Name ?? offer.City,
            });
            var regionCode = site?.RegionCode ?? offer.RegionCode;
            Addresses.Add(new HsdsAddress
            {
                Id = HsdsIds.Of("address", locationId),
                LocationId = locationId,
                Address1 = (site is null ? offer.Address : site.Address) ?? "",
                City = site?.City ?? offer.City,
                Region = references.GetValueOrDefault((ReferenceKind.Region, regionCode)),
                StateProvince = regionCode,
                PostalCode = "",
                Country = "MA",
                AddressType = "physical",
            });
        }

        Services.Add(new HsdsService
        {
            Id = offer.Id,
            OrganizationId = organizationId,
            Name = words.Name,
            Description = words.Description,
            Url = offer.Url,
            Email = offer.ContactEmail,
            Status = "active",
            FeesDescription = offer.CostMad == 0 ? text["Hsds.Free"] : text["Hsds.Fee", offer.CostMad],
            EligibilityDescription = words.EntryRequirements,
            MinimumAge = offer.MinimumAge,
            MaximumAge = offer.MaximumAge,
            AssuredDate = offer.LastVerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LastModified = offer.UpdatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Modified = offer.UpdatedAt,
        });
        ServiceAtLocations.Add(new HsdsServiceAtLocation { Id = HsdsIds.Of("service_at_location", offer.Id, locationId), ServiceId = offer.Id, LocationId = locationId });

        foreach (var code in offer.Languages)
        {
            Languages.Add(new HsdsLanguage
            {
                Id = HsdsIds.Of("language", offer.Id, code), ServiceId = offer.Id, Code = code,
                Name = references.GetValueOrDefault((ReferenceKind.Language, code)) ?? code,
            });
        }

        CostOptions.Add(new HsdsCostOption
        {
            Id = HsdsIds.Of("cost_option", offer.Id), ServiceId = offer.Id, Currency = "MAD", Amount = offer.CostMad,
            Option = offer.CostMad == 0 ? text["Hsds.Free"] : text["Hsds.Fee", offer.CostMad],
        });

        foreach (var code in offer.RequiredDocuments)
        {
            RequiredDocuments.Add(new HsdsRequiredDocument
            {
                Id = HsdsIds.Of("required_document", offer.Id, code), ServiceId = offer.Id,
                Document = references.GetValueOrDefault((ReferenceKind.DocumentType, code)) ?? code,
            });
        }

        if (!string.IsNullOrWhiteSpace(offer.ContactPhone))
        {
            Phones.Add(new HsdsPhone { Id = HsdsIds.Of("phone", offer.Id), ServiceId = offer.Id, Number = offer.ContactPhone });
        }

        if (!string.IsNullOrWhiteSpace(words.Schedule))
        {
            Schedules.Add(new HsdsSchedule { Id = HsdsIds.Of("schedule", offer.Id), ServiceId = offer.Id, Description = words.Schedule });
        }

        AddAttribute(offer.Id, HsdsVocabulary.OfferKind, offer.Kind.ToString(), null, terms);
        foreach (var eligibility in offer.Eligibility)
        {
            AddAttribute(offer.Id, HsdsVocabulary.Eligibility, eligibility.ToString(), null, terms);
        }

        if (offer.OccupationCode is not null)
        {
            AddAttribute(offer.Id, HsdsVocabulary.Occupation, offer.OccupationCode, null, terms);
        }

        AddDetail(offer.Id, HsdsVocabularies.DurationHours, offer.DurationHours?.ToString(CultureInfo.InvariantCulture), terms);
        AddDetail(offer.Id, HsdsVocabularies.DurationWeeks, offer.DurationWeeks?.ToString(CultureInfo.InvariantCulture), terms);
        AddDetail(offer.Id, HsdsVocabularies.Seats, offer.Seats?.ToString(CultureInfo.InvariantCulture), terms);
        foreach (var start in offer.StartDates.Order())
        {
            AddDetail(offer.Id, HsdsVocabularies.StartDate, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), terms);
        }

        AddDetail(offer.Id, HsdsVocabularies.GrantAvailable, offer.GrantAvailable ? "true" : null, terms);
    }

    private void AddDetail(Guid serviceId, string detail, string? value, Dictionary<Guid, HsdsTaxonomyTerm> terms)
    {
        if (value is not null)
        {
            AddAttribute(serviceId, HsdsVocabulary.OfferDetail, detail, value, terms);
        }
    }

    private void AddAttribute(Guid serviceId, HsdsVocabulary vocabulary, string term, string? value, Dictionary<Guid, HsdsTaxonomyTerm> terms)
    {
        var termId = HsdsVocabularies.TermId(vocabulary, term);
        // An occupation no longer in the taxonomy would be a dangling reference: leave it out.
        if (!terms.ContainsKey(termId))
        {
            return;
        }

        Attributes.Add(new HsdsAttribute
        {
            Id = HsdsIds.Of("attribute", serviceId, termId, value ?? ""),
            LinkId = serviceId,
            LinkType = "service",
            LinkEntity = "service",
            TaxonomyTermId = termId,
            Value = value,
        });
    }

    /// <summary>The organization an offer is published under: the imported provider, else the organisation keeping it.</summary>
    private Guid AddOrganization(Offer offer, Dictionary<Guid, Organisation> organisations, IStringLocalizer text)
    {
        var id = offer.HsdsOrganizationId ?? offer.OrganisationId;
        if (Organizations.Any(o => o.Id == id))
        {
            return id;
        }

        Organizations.Add(organisations.TryGetValue(id, out var organisation)
            ? new HsdsOrganization
            {
                Id = id,
                Name = organisation.Name,
                AlternateName = organisation.Acronym,
                Description = text[$"Hsds.OrganisationKind.{organisation.Kind}"],
            }
            : new HsdsOrganization
            {
                Id = id,
                Name = offer.ProviderName ?? id.ToString(),
                Description = offer.ProviderDescription ?? offer.ProviderName ?? "",
            });
        return id;
    }
}
