using System.Globalization;
using System.Net.Mail;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Hsds;

public static class HsdsAudit
{
    public const string Imported = "hsds.imported";
}

public static class HsdsProblems
{
    public const string UnreadablePackage = "https://amuddu.org/problems/hsds-unreadable-package";
    public const string InvalidPackage = "https://amuddu.org/problems/hsds-invalid-package";
}

/// <summary>
/// Loads a partner's HSDS data package into the caller's organisation: each service becomes a
/// draft offer (staff review it before publishing) that remembers the provider and the package's
/// ids, so importing the package again updates the same offers. The texts go into the language of
/// <c>?lang=</c> (French by default), so the three languages can be loaded from three packages.
/// Either the whole package is imported or, with the first error, nothing is.
/// </summary>
public static class ImportPackage
{
    public sealed record ImportedOffer(Guid ServiceId, Guid OfferId, bool Created);

    public sealed record Response(int Created, int Updated, string Language, List<ImportedOffer> Offers);

    private const int MaxErrors = 100;

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        HttpRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var content = await ReadBodyAsync(request, cancellationToken);
        if (content is null)
        {
            return Unreadable(new() { ["package"] = [text["Hsds.Import.TooBig", HsdsPackage.MaxBytes / 1024 / 1024]] }, text);
        }

        var (package, readErrors) = HsdsPackage.Read(content, text);
        if (package is null)
        {
            return readErrors.ContainsKey("package") ? Unreadable(readErrors, text) : Invalid(readErrors, text);
        }

        var organisationId = staff.OrganisationId!.Value;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var reference = await Reference.LoadAsync(db, organisationId, cancellationToken);
        var mapper = new Mapper(package, reference, organisationId, text);
        var incoming = mapper.Map();
        if (mapper.Errors.Count > 0)
        {
            return Invalid(mapper.Errors, text);
        }

        var ids = incoming.Select(i => (Guid?)i.ServiceId).ToList();
        var existing = await db.Offers.Include(o => o.Texts)
            .Where(o => o.OrganisationId == organisationId && (ids.Contains(o.Id) || ids.Contains(o.HsdsServiceId)))
            .ToListAsync(cancellationToken);

        var results = new List<ImportedOffer>();
        foreach (var service in incoming)
        {
            var offer = existing.FirstOrDefault(o => o.Id == service.ServiceId)
                ?? existing.FirstOrDefault(o => o.HsdsServiceId == service.ServiceId);
            var created = offer is null;
            if (offer is null)
            {
                offer = new Offer
                {
                    OrganisationId = organisationId, Status = OfferStatus.Draft, HsdsServiceId = service.ServiceId,
                    Kind = service.Kind ?? OfferKind.EmploymentSupport, RegionCode = service.RegionCode, City = service.City,
                };
                db.Offers.Add(offer);
            }

            service.ApplyTo(offer, language);
            if (!created)
            {
                // A change to the words alone leaves the offer row untouched; it is still a new version of the offer.
                db.Entry(offer).State = EntityState.Modified;
            }

            results.Add(new ImportedOffer(service.ServiceId, offer.Id, created));
        }

        var response = new Response(results.Count(r => r.Created), results.Count(r => !r.Created), language, results);
        audit.Add(db, HsdsAudit.Imported, staff.UserId, organisationId, "hsds",
            $"created={response.Created};updated={response.Updated};language={language}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflicts.Of(text["Hsds.Import.Conflict"]);
        }

        return TypedResults.Ok(response);
    }

    /// <summary>The body, or null when it is larger than a package may be.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > HsdsPackage.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > HsdsPackage.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult Unreadable(Dictionary<string, string[]> errors, IStringLocalizer text) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest, Title = text["Hsds.Import.UnreadableTitle"], Type = HsdsProblems.UnreadablePackage,
        });

    private static ProblemHttpResult Invalid(Dictionary<string, string[]> errors, IStringLocalizer text) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity, Title = text["Hsds.Import.InvalidTitle"], Type = HsdsProblems.InvalidPackage,
        });

    /// <summary>What the mapping checks codes and names against.</summary>
    private sealed record Reference(
        Dictionary<string, string> Regions, Dictionary<string, string> Documents, HashSet<string> Languages,
        HashSet<string> Occupations, HashSet<Guid> OwnSites)
    {
        public static async Task<Reference> LoadAsync(AmudduDbContext db, Guid organisationId, CancellationToken cancellationToken)
        {
            var items = await db.ReferenceItems.AsNoTracking()
                .Where(r => r.Kind == ReferenceKind.Region || r.Kind == ReferenceKind.DocumentType || r.Kind == ReferenceKind.Language)
                .ToListAsync(cancellationToken);
            return new Reference(
                ByCodeOrName(items.Where(r => r.Kind == ReferenceKind.Region)),
                ByCodeOrName(items.Where(r => r.Kind == ReferenceKind.DocumentType)),
                items.Where(r => r.Kind == ReferenceKind.Language).Select(r => r.Code).ToHashSet(StringComparer.Ordinal),
                (await db.Occupations.AsNoTracking().Where(o => o.IsActive).Select(o => o.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
                (await db.Sites.AsNoTracking().Where(s => s.OrganisationId == organisationId).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet());
        }

        /// <summary>Folded code and names in the three languages → code, so "Passeport", "passport" and "PASSPORT" all match.</summary>
        private static Dictionary<string, string> ByCodeOrName(IEnumerable<ReferenceItem> items)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                foreach (var key in new[] { item.Code, item.NameFr, item.NameAr, item.NameEn })
                {
                    map.TryAdd(TaxonomyText.Fold(key), item.Code);
                }
            }

            return map;
        }
    }

    /// <summary>One service of the package, mapped and checked, ready to be written onto an offer.</summary>
    private sealed class IncomingService
    {
        public Guid ServiceId { get; init; }
        public required string Name { get; init; }
        public string? Description { get; init; }
        public string? EntryRequirements { get; init; }
        public string? Schedule { get; set; }
        public OfferKind? Kind { get; set; }
        public List<Eligibility> Eligibility { get; } = [];
        public string? OccupationCode { get; set; }
        public int? DurationHours { get; set; }
        public int? DurationWeeks { get; set; }
        public int? Seats { get; set; }
        public List<DateOnly> StartDates { get; } = [];
        public bool GrantAvailable { get; set; }
        public int CostMad { get; set; }
        public List<string> Languages { get; } = [];
        public List<string> RequiredDocuments { get; } = [];
        public int? MinimumAge { get; init; }
        public int? MaximumAge { get; init; }
        public string? Url { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; set; }
        public DateOnly? AssuredDate { get; init; }
        public Guid? ProviderId { get; set; }
        public string? ProviderName { get; set; }
        public string? ProviderDescription { get; set; }
        public Guid? SiteId { get; set; }
        public Guid? LocationId { get; set; }
        public string RegionCode { get; set; } = "";
        public string City { get; set; } = "";
        public string? Address { get; set; }

        public void ApplyTo(Offer offer, string language)
        {
            offer.Kind = Kind ?? offer.Kind;
            offer.ProviderName = ProviderName;
            offer.ProviderDescription = ProviderDescription;
            offer.HsdsOrganizationId = ProviderId;
            offer.HsdsLocationId = LocationId;
            offer.SiteId = SiteId;
            offer.RegionCode = RegionCode;
            offer.City = City;
            offer.Address = Address;
            offer.OccupationCode = OccupationCode;
            offer.DurationHours = DurationHours;
            offer.DurationWeeks = DurationWeeks;
            offer.CostMad = CostMad;
            offer.GrantAvailable = GrantAvailable;
            offer.Seats = Seats;
            offer.StartDates = [.. StartDates.Distinct().Order()];
            offer.Languages = [.. Languages.Distinct()];
            offer.RequiredDocuments = [.. RequiredDocuments.Distinct()];
            offer.Eligibility = [.. Eligibility.Distinct()];
            offer.MinimumAge = MinimumAge;
            offer.MaximumAge = MaximumAge;
            offer.ContactPhone = Phone;
            offer.ContactEmail = Email;
            offer.Url = Url;
            offer.LastVerifiedOn = AssuredDate;

            var words = offer.Texts.FirstOrDefault(t => t.Language == language);
            if (words is null)
            {
                offer.Texts.Add(words = new OfferText { OfferId = offer.Id, Language = language, Name = Name });
            }

            words.Name = Name;
            words.Description = Description;
            words.Schedule = Schedule;
            words.EntryRequirements = EntryRequirements;
        }
    }

    /// <summary>Turns the package's tables into incoming services, collecting every error with its file, row and field.</summary>
    private sealed class Mapper(HsdsPackage package, Reference reference, Guid organisationId, IStringLocalizer text)
    {
        public Dictionary<string, string[]> Errors { get; } = [];

        private List<PackageRow> Rows(string table) => package.Tables[table];

        public List<IncomingService> Map()
        {
            CheckIds();
            if (Errors.Count > 0)
            {
                return [];
            }

            var organizations = Unique("organization");
            var locations = Unique("location");
            var services = Unique("service");
            var terms = Unique("taxonomy_term");
            if (Errors.Count > 0)
            {
                return [];
            }

            var incoming = new List<IncomingService>();
            foreach (var row in Rows("service"))
            {
                if (MapService(row, organizations, locations, terms) is { } service)
                {
                    incoming.Add(service);
                }
            }

            return incoming;
        }

        private void Error(PackageRow row, string field, string message)
        {
            if (Errors.Count < MaxErrors)
            {
                Errors[$"{row.File}:{row.Number}:{field}"] = [message];
            }
        }

        /// <summary>Every id and reference column holds a UUID, as HSDS requires.</summary>
        private void CheckIds()
        {
            foreach (var (_, rows) in package.Tables)
            {
                foreach (var row in rows)
                {
                    foreach (var (column, _) in row.Values)
                    {
                        if (HsdsTable.IsIdColumn(column) && row[column] is { } value && !Guid.TryParse(value, out _))
                        {
                            Error(row, column, text["Hsds.Import.BadUuid", row.File, row.Number, column]);
                        }
                    }
                }
            }
        }

        private Dictionary<Guid, PackageRow> Unique(string table)
        {
            var byId = new Dictionary<Guid, PackageRow>();
            foreach (var row in Rows(table))
            {
                if (row["id"] is not { } id)
                {
                    Error(row, "id", text["Hsds.Import.Required", row.File, row.Number, "id"]);
                }
                else if (!byId.TryAdd(Guid.Parse(id), row))
                {
                    Error(row, "id", text["Hsds.Import.Duplicate", row.File, row.Number]);
                }
            }

            return byId;
        }

        private IEnumerable<PackageRow> Linked(string table, string column, Guid id) =>
            Rows(table).Where(r => r[column] is { } value && Guid.Parse(value) == id);

        private IncomingService? MapService(
            PackageRow row, Dictionary<Guid, PackageRow> organizations, Dictionary<Guid, PackageRow> locations, Dictionary<Guid, PackageRow> terms)
        {
            var before = Errors.Count;
            var id = Guid.Parse(row["id"]!);
            var service = new IncomingService
            {
                ServiceId = id,
                Name = Text(row, "name", 200, required: true) ?? "",
                Description = Text(row, "description", 4000),
                EntryRequirements = Text(row, "eligibility_description", 1000),
                MinimumAge = Age(row, "minimum_age"),
                MaximumAge = Age(row, "maximum_age"),
                Url = Url(row),
                Email = Email(row),
                AssuredDate = Date(row, "assured_date"),
            };

            MapProvider(row, service, organizations);
            MapPlace(row, service, locations);
            MapAttributes(id, service, terms);
            MapLists(id, service);
            return Errors.Count == before ? service : null;
        }

        private void MapProvider(PackageRow row, IncomingService service, Dictionary<Guid, PackageRow> organizations)
        {
            if (row["organization_id"] is not { } value)
            {
                Error(row, "organization_id", text["Hsds.Import.Required", row.File, row.Number, "organization_id"]);
                return;
            }

            var id = Guid.Parse(value);
            if (!organizations.TryGetValue(id, out var organization))
            {
                Error(row, "organization_id", text["Hsds.Import.UnknownReference", row.File, row.Number, "organization_id"]);
                return;
            }

            // Our own export read back: the offers are the organisation's own, with no outside provider.
            if (id == organisationId)
            {
                return;
            }

            service.ProviderId = id;
            service.ProviderName = Text(organization, "name", 200, required: true);
            service.ProviderDescription = Text(organization, "description", 2000);
        }

        private void MapPlace(PackageRow row, IncomingService service, Dictionary<Guid, PackageRow> locations)
        {
            foreach (var pair in Linked("service_at_location", "service_id", service.ServiceId))
            {
                if (pair["location_id"] is not { } value || !locations.ContainsKey(Guid.Parse(value)))
                {
                    Error(pair, "location_id", text["Hsds.Import.UnknownReference", pair.File, pair.Number, "location_id"]);
                    return;
                }

                var locationId = Guid.Parse(value);
                var address = Linked("address", "location_id", locationId).FirstOrDefault();
                if (address is null)
                {
                    continue;
                }

                var region = address["state_province"] ?? address["region"];
                if (region is null || !reference.Regions.TryGetValue(TaxonomyText.Fold(region), out var regionCode))
                {
                    Error(address, "state_province", text["Hsds.Import.UnknownRegion", address.File, address.Number, "state_province"]);
                    return;
                }

                service.RegionCode = regionCode;
                service.City = Text(address, "city", 100, required: true) ?? "";
                service.Address = Text(address, "address_1", 300);
                if (reference.OwnSites.Contains(locationId))
                {
                    service.SiteId = locationId;
                }
                else
                {
                    service.LocationId = locationId;
                }

                return;
            }

            Error(row, "service_at_location", text["Hsds.Import.NoPlace", row.File, row.Number]);
        }

        private void MapAttributes(Guid serviceId, IncomingService service, Dictionary<Guid, PackageRow> terms)
        {
            var known = Enum.GetValues<HsdsVocabulary>().ToDictionary(HsdsVocabularies.Slug);
            foreach (var attribute in Linked("attribute", "link_id", serviceId))
            {
                if (attribute["taxonomy_term_id"] is not { } value)
                {
                    Error(attribute, "taxonomy_term_id", text["Hsds.Import.Required", attribute.File, attribute.Number, "taxonomy_term_id"]);
                    continue;
                }

                var termId = Guid.Parse(value);
                string? code = null;
                if (terms.TryGetValue(termId, out var term))
                {
                    code = term["code"];
                }
                else if (!IsOurTerm(termId, out code))
                {
                    Error(attribute, "taxonomy_term_id", text["Hsds.Import.UnknownReference", attribute.File, attribute.Number, "taxonomy_term_id"]);
                    continue;
                }

                // Terms of other vocabularies are the partner's own classification: nothing in an offer to keep them in.
                if (HsdsVocabularies.TryParseCode(code, out var vocabulary, out var item))
                {
                    MapTerm(attribute, service, vocabulary, item);
                }
            }
        }

        private bool IsOurTerm(Guid termId, out string? code)
        {
            foreach (var kind in Enum.GetNames<OfferKind>())
            {
                if (HsdsVocabularies.TermId(HsdsVocabulary.OfferKind, kind) == termId)
                {
                    code = HsdsVocabularies.TermCode(HsdsVocabulary.OfferKind, kind);
                    return true;
                }
            }

            foreach (var eligibility in Enum.GetNames<Eligibility>())
            {
                if (HsdsVocabularies.TermId(HsdsVocabulary.Eligibility, eligibility) == termId)
                {
                    code = HsdsVocabularies.TermCode(HsdsVocabulary.Eligibility, eligibility);
                    return true;
                }
            }

            foreach (var detail in HsdsVocabularies.Details)
            {
                if (HsdsVocabularies.TermId(HsdsVocabulary.OfferDetail, detail) == termId)
                {
                    code = HsdsVocabularies.TermCode(HsdsVocabulary.OfferDetail, detail);
                    return true;
                }
            }

            foreach (var occupation in reference.Occupations)
            {
                if (HsdsVocabularies.TermId(HsdsVocabulary.Occupation, occupation) == termId)
                {
                    code = HsdsVocabularies.TermCode(HsdsVocabulary.Occupation, occupation);
                    return true;
                }
            }

            code = null;
            return false;
        }

        private void MapTerm(PackageRow attribute, IncomingService service, HsdsVocabulary vocabulary, string item)
        {
            var value = attribute["value"];
            switch (vocabulary)
            {
                case HsdsVocabulary.OfferKind when Enum.TryParse<OfferKind>(item, out var kind) && Enum.IsDefined(kind):
                    service.Kind = kind;
                    return;
                case HsdsVocabulary.Eligibility when Enum.TryParse<Eligibility>(item, out var eligibility) && Enum.IsDefined(eligibility):
                    service.Eligibility.Add(eligibility);
                    return;
                case HsdsVocabulary.Occupation when reference.Occupations.Contains(item):
                    service.OccupationCode = item;
                    return;
                case HsdsVocabulary.OfferDetail when item == HsdsVocabularies.StartDate:
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                    {
                        service.StartDates.Add(start);
                        return;
                    }

                    break;
                case HsdsVocabulary.OfferDetail when item == HsdsVocabularies.GrantAvailable:
                    if (bool.TryParse(value, out var grant))
                    {
                        service.GrantAvailable = grant;
                        return;
                    }

                    break;
                case HsdsVocabulary.OfferDetail when HsdsVocabularies.Details.Contains(item):
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 100_000)
                    {
                        if (item == HsdsVocabularies.DurationHours)
                        {
                            service.DurationHours = number;
                        }
                        else if (item == HsdsVocabularies.DurationWeeks)
                        {
                            service.DurationWeeks = number;
                        }
                        else
                        {
                            service.Seats = number;
                        }

                        return;
                    }

                    break;
                default:
                    Error(attribute, "taxonomy_term_id", text["Hsds.Import.UnknownCode", attribute.File, attribute.Number, "taxonomy_term_id"]);
                    return;
            }

            Error(attribute, "value", text["Hsds.Import.Invalid", attribute.File, attribute.Number, "value"]);
        }

        private void MapLists(Guid serviceId, IncomingService service)
        {
            foreach (var language in Linked("language", "service_id", serviceId))
            {
                var code = language["code"]?.ToLowerInvariant();
                if (code is null || !reference.Languages.Contains(code))
                {
                    Error(language, "code", text["Hsds.Import.UnknownCode", language.File, language.Number, "code"]);
                    continue;
                }

                service.Languages.Add(code);
            }

            foreach (var document in Linked("required_document", "service_id", serviceId))
            {
                if (document["document"] is not { } name || !reference.Documents.TryGetValue(TaxonomyText.Fold(name), out var code))
                {
                    Error(document, "document", text["Hsds.Import.UnknownCode", document.File, document.Number, "document"]);
                    continue;
                }

                service.RequiredDocuments.Add(code);
            }

            if (Linked("cost_option", "service_id", serviceId).FirstOrDefault() is { } cost)
            {
                if (cost["currency"] is { } currency && currency != "MAD")
                {
                    Error(cost, "currency", text["Hsds.Import.Invalid", cost.File, cost.Number, "currency"]);
                }
                else if (cost["amount"] is { } amount)
                {
                    if (decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var dirhams) && dirhams is >= 0 and <= 1_000_000)
                    {
                        service.CostMad = (int)Math.Round(dirhams);
                    }
                    else
                    {
                        Error(cost, "amount", text["Hsds.Import.Invalid", cost.File, cost.Number, "amount"]);
                    }
                }
            }

            if (Linked("phone", "service_id", serviceId).FirstOrDefault() is { } phone)
            {
                service.Phone = Text(phone, "number", 20, required: true);
            }

            if (Linked("schedule", "service_id", serviceId).FirstOrDefault(s => s["description"] is not null) is { } schedule)
            {
                service.Schedule = Text(schedule, "description", 300);
            }
        }

        private string? Text(PackageRow row, string field, int max, bool required = false)
        {
            var value = row[field];
            if (value is null && required)
            {
                Error(row, field, text["Hsds.Import.Required", row.File, row.Number, field]);
            }
            else if (value is not null && value.Length > max)
            {
                Error(row, field, text["Hsds.Import.TooLong", row.File, row.Number, field, max]);
            }

            return value;
        }

        private int? Age(PackageRow row, string field)
        {
            if (row[field] is not { } value)
            {
                return null;
            }

            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= 120 && age == decimal.Truncate(age))
            {
                return (int)age;
            }

            Error(row, field, text["Hsds.Import.Invalid", row.File, row.Number, field]);
            return null;
        }

        private DateOnly? Date(PackageRow row, string field)
        {
            if (row[field] is not { } value)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value.Length > 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(row, field, text["Hsds.Import.Invalid", row.File, row.Number, field]);
            return null;
        }

        private string? Url(PackageRow row)
        {
            var value = Text(row, "url", 500);
            if (value is not null && !Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                Error(row, "url", text["Hsds.Import.Invalid", row.File, row.Number, "url"]);
            }

            return value;
        }

        private string? Email(PackageRow row)
        {
            var value = Text(row, "email", 256);
            if (value is not null && !MailAddress.TryCreate(value, out _))
            {
                Error(row, "email", text["Hsds.Import.Invalid", row.File, row.Number, "email"]);
            }

            return value;
        }
    }
}
