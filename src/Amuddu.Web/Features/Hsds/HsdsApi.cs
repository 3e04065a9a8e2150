using System.Globalization;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Positioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Hsds;

/// <summary>The paging envelope of the HSDS API (openapi.json, components/schemas/Page).</summary>
public sealed record HsdsPage<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, List<T> Contents);

public sealed record HsdsInfo(string Version, string Profile, string OpenapiUrl);

/// <summary>
/// The Open Referral HSDS 3.0 read-only API over the published catalogue: public directory data,
/// open to anyone like the public catalogue pages. Texts come in the language of <c>?lang=</c>,
/// else of Accept-Language, else French.
/// </summary>
public static class HsdsApi
{
    private const int DefaultPerPage = 50;
    private const int MaxPerPage = 500;

    public static RouteGroupBuilder MapHsdsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/hsds").WithTags("HSDS");
        group.AddEndpointFilter(ChooseLanguage);
        group.MapGet("/", Info).AllowAnonymous().WithSummary("HSDS version of this API.");
        group.MapGet("/services", ListServices).AllowAnonymous().WithSummary("Published offers as HSDS services, paged.");
        group.MapGet("/services/{id:guid}", GetService).AllowAnonymous().WithSummary("One service, fully nested.");
        group.MapGet("/organizations", ListOrganizations).AllowAnonymous();
        group.MapGet("/organizations/{id:guid}", GetOrganization).AllowAnonymous();
        group.MapGet("/service_at_locations", ListServiceAtLocations).AllowAnonymous();
        group.MapGet("/service_at_locations/{id:guid}", GetServiceAtLocation).AllowAnonymous();
        group.MapGet("/taxonomies", ListTaxonomies).AllowAnonymous();
        group.MapGet("/taxonomies/{id:guid}", GetTaxonomy).AllowAnonymous();
        group.MapGet("/taxonomy_terms", ListTaxonomyTerms).AllowAnonymous();
        group.MapGet("/taxonomy_terms/{id:guid}", GetTaxonomyTerm).AllowAnonymous();
        group.MapGet("/export", ExportPackage.Handle).AllowAnonymous()
            .WithSummary("The published catalogue as an HSDS data package: format=json (tables as arrays) or csv (zip with datapackage.json).");
        group.MapPost("/import", ImportPackage.Handle).RequireAuthorization(Policies.Catalogue)
            .WithSummary("Loads an HSDS data package (JSON, or the CSV zip) into the caller's organisation as draft offers; importing it again updates them.");
        return api;
    }

    /// <summary>Applies <c>?lang=</c> (fr, ar or en) to the request's culture; the texts are then read in it.</summary>
    private static async ValueTask<object?> ChooseLanguage(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var lang = context.HttpContext.Request.Query["lang"].ToString();
        if (lang.Length > 0)
        {
            if (!Cultures.ByLanguage.TryGetValue(lang, out var culture))
            {
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["lang"] = [text["FieldNotAllowed", "lang"]] }, title: text["ValidationTitle"]);
            }

            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        return await next(context);
    }

    private static JsonHttpResult<HsdsInfo> Info(HttpRequest request)
    {
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return TypedResults.Json(new HsdsInfo("3.0", "https://docs.openreferral.org/en/latest/hsds/overview.html", $"{root}/openapi/v1.json"), HsdsJson.Options);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsService>>, ValidationProblem>> ListServices(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage,
        [FromQuery(Name = "taxonomy_term_id")] string? taxonomyTermId, [FromQuery(Name = "taxonomy_id")] string? taxonomyId,
        [FromQuery(Name = "organization_id")] string? organizationId, [FromQuery(Name = "modified_after")] string? modifiedAfter,
        string? full, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging(page, perPage, text, errors);
        var termId = OptionalGuid("taxonomy_term_id", taxonomyTermId, text, errors);
        var vocabularyId = OptionalGuid("taxonomy_id", taxonomyId, text, errors);
        var organization = OptionalGuid("organization_id", organizationId, text, errors);
        var after = OptionalDateTime("modified_after", modifiedAfter, text, errors);
        var nested = OptionalBool("full", full, text, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["ValidationTitle"]);
        }

        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var services = Filter(directory, directory.Services, search, termId, vocabularyId, organization, after);
        return Paged(services.Select(s => nested == true ? FullService(directory, s) : ListedService(directory, s)), paging);
    }

    private static async Task<Results<JsonHttpResult<HsdsService>, NotFound>> GetService(
        Guid id, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var service = directory.Services.FirstOrDefault(s => s.Id == id);
        return service is null ? TypedResults.NotFound() : TypedResults.Json(FullService(directory, service), HsdsJson.Options);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsOrganization>>, ValidationProblem>> ListOrganizations(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage, string? full,
        AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging(page, perPage, text, errors);
        var nested = OptionalBool("full", full, text, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["ValidationTitle"]);
        }

        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var organizations = directory.Organizations.Where(o => Matches(search, o.Name, o.AlternateName, o.Description));
        return Paged(organizations.Select(o => nested == true ? FullOrganization(directory, o) : o), paging);
    }

    private static async Task<Results<JsonHttpResult<HsdsOrganization>, NotFound>> GetOrganization(
        Guid id, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var organization = directory.Organizations.FirstOrDefault(o => o.Id == id);
        return organization is null ? TypedResults.NotFound() : TypedResults.Json(FullOrganization(directory, organization), HsdsJson.Options);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsServiceAtLocation>>, ValidationProblem>> ListServiceAtLocations(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage,
        [FromQuery(Name = "taxonomy_term_id")] string? taxonomyTermId, [FromQuery(Name = "taxonomy_id")] string? taxonomyId,
        [FromQuery(Name = "organization_id")] string? organizationId, [FromQuery(Name = "modified_after")] string? modifiedAfter,
        AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging(page, perPage, text, errors);
        var termId = OptionalGuid("taxonomy_term_id", taxonomyTermId, text, errors);
        var vocabularyId = OptionalGuid("taxonomy_id", taxonomyId, text, errors);
        var organization = OptionalGuid("organization_id", organizationId, text, errors);
        var after = OptionalDateTime("modified_after", modifiedAfter, text, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["ValidationTitle"]);
        }

        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var services = Filter(directory, directory.Services, search, termId, vocabularyId, organization, after).Select(s => s.Id).ToHashSet();
        var pairs = directory.ServiceAtLocations.Where(p => services.Contains(p.ServiceId))
            .Select(p => p with { Location = FullLocation(directory, p.LocationId) });
        return Paged(pairs, paging);
    }

    private static async Task<Results<JsonHttpResult<HsdsServiceAtLocation>, NotFound>> GetServiceAtLocation(
        Guid id, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var pair = directory.ServiceAtLocations.FirstOrDefault(p => p.Id == id);
        return pair is null
            ? TypedResults.NotFound()
            : TypedResults.Json(pair with
            {
                Location = FullLocation(directory, pair.LocationId),
                Service = ListedService(directory, directory.Services.Single(s => s.Id == pair.ServiceId)),
            }, HsdsJson.Options);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsTaxonomy>>, ValidationProblem>> ListTaxonomies(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage,
        AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging(page, perPage, text, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["ValidationTitle"]);
        }

        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        return Paged(directory.Taxonomies.Where(t => Matches(search, t.Name, t.Description)), paging);
    }

    private static async Task<Results<JsonHttpResult<HsdsTaxonomy>, NotFound>> GetTaxonomy(
        Guid id, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var taxonomy = directory.Taxonomies.FirstOrDefault(t => t.Id == id);
        return taxonomy is null ? TypedResults.NotFound() : TypedResults.Json(taxonomy, HsdsJson.Options);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsTaxonomyTerm>>, ValidationProblem>> ListTaxonomyTerms(
        string? search, string? page, [FromQuery(Name = "per_page")] string? perPage,
        [FromQuery(Name = "taxonomy_id")] string? taxonomyId, [FromQuery(Name = "parent_id")] string? parentId,
        [FromQuery(Name = "top_only")] string? topOnly,
        AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging(page, perPage, text, errors);
        var vocabularyId = OptionalGuid("taxonomy_id", taxonomyId, text, errors);
        var parent = OptionalGuid("parent_id", parentId, text, errors);
        OptionalBool("top_only", topOnly, text, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["ValidationTitle"]);
        }

        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        // The vocabularies are flat: every term is a top term and none has children.
        var terms = directory.TaxonomyTerms
            .Where(t => vocabularyId is null || t.TaxonomyId == vocabularyId)
            .Where(_ => parent is null)
            .Where(t => Matches(search, t.Code, t.Name, t.Description));
        return Paged(terms, paging);
    }

    private static async Task<Results<JsonHttpResult<HsdsTaxonomyTerm>, NotFound>> GetTaxonomyTerm(
        Guid id, AmudduDbContext db, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var directory = await HsdsDirectory.LoadAsync(db, text, cancellationToken);
        var term = directory.TaxonomyTerms.FirstOrDefault(t => t.Id == id);
        return term is null
            ? TypedResults.NotFound()
            : TypedResults.Json(term with { TaxonomyDetail = directory.Taxonomies.Single(t => t.Id == term.TaxonomyId) }, HsdsJson.Options);
    }

    private static IEnumerable<HsdsService> Filter(
        HsdsDirectory directory, IEnumerable<HsdsService> services, string? search, Guid? termId, Guid? taxonomyId, Guid? organizationId, DateTimeOffset? after)
    {
        var termsInTaxonomy = taxonomyId is null ? null : directory.TaxonomyTerms.Where(t => t.TaxonomyId == taxonomyId).Select(t => t.Id).ToHashSet();
        return services
            .Where(s => organizationId is null || s.OrganizationId == organizationId)
            .Where(s => after is null || s.Modified >= after)
            .Where(s => termId is null || directory.Attributes.Any(a => a.LinkId == s.Id && a.TaxonomyTermId == termId))
            .Where(s => termsInTaxonomy is null || directory.Attributes.Any(a => a.LinkId == s.Id && termsInTaxonomy.Contains(a.TaxonomyTermId)))
            .Where(s => Matches(search, s.Name, s.Description));
    }

    /// <summary>Every word of the search, folded (case, accents, Arabic variants), is in one of the texts.</summary>
    private static bool Matches(string? search, params string?[] texts)
    {
        var words = TaxonomyText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return true;
        }

        var haystack = TaxonomyText.Fold(string.Join(' ', texts));
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    public static HsdsService ListedService(HsdsDirectory directory, HsdsService service) =>
        service with { Organization = directory.Organizations.Single(o => o.Id == service.OrganizationId) };

    public static HsdsService FullService(HsdsDirectory directory, HsdsService service) => service with
    {
        Organization = directory.Organizations.Single(o => o.Id == service.OrganizationId),
        ServiceAtLocations = directory.ServiceAtLocations.Where(p => p.ServiceId == service.Id)
            .Select(p => p with { Location = FullLocation(directory, p.LocationId) }).ToList(),
        Languages = directory.Languages.Where(l => l.ServiceId == service.Id).ToList(),
        CostOptions = directory.CostOptions.Where(c => c.ServiceId == service.Id).ToList(),
        RequiredDocuments = directory.RequiredDocuments.Where(d => d.ServiceId == service.Id).ToList(),
        Phones = directory.Phones.Where(p => p.ServiceId == service.Id).ToList(),
        Schedules = directory.Schedules.Where(s => s.ServiceId == service.Id).ToList(),
        Attributes = directory.Attributes.Where(a => a.LinkId == service.Id)
            .Select(a => a with { TaxonomyTerm = directory.TaxonomyTerms.Single(t => t.Id == a.TaxonomyTermId) }).ToList(),
    };

    private static HsdsOrganization FullOrganization(HsdsDirectory directory, HsdsOrganization organization) => organization with
    {
        Locations = directory.Locations.Where(l => l.OrganizationId == organization.Id).Select(l => FullLocation(directory, l.Id)).ToList(),
    };

    private static HsdsLocation FullLocation(HsdsDirectory directory, Guid id) =>
        directory.Locations.Single(l => l.Id == id) with { Addresses = directory.Addresses.Where(a => a.LocationId == id).ToList() };

    private static JsonHttpResult<HsdsPage<T>> Paged<T>(IEnumerable<T> items, (int Page, int PerPage) paging)
    {
        var all = items.ToList();
        var contents = all.Skip((paging.Page - 1) * paging.PerPage).Take(paging.PerPage).ToList();
        var totalPages = Math.Max(1, (all.Count + paging.PerPage - 1) / paging.PerPage);
        return TypedResults.Json(
            new HsdsPage<T>(all.Count, totalPages, paging.Page, contents.Count, paging.Page == 1, paging.Page >= totalPages, contents.Count == 0, contents),
            HsdsJson.Options);
    }

    private static (int Page, int PerPage) Paging(string? page, string? perPage, IStringLocalizer text, Dictionary<string, string[]> errors)
    {
        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            errors["page"] = [text["FieldBetween", "page", 1, int.MaxValue]];
        }

        var size = DefaultPerPage;
        if (perPage is not null && (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPerPage))
        {
            errors["per_page"] = [text["FieldBetween", "per_page", 1, MaxPerPage]];
        }

        return (number, size);
    }

    private delegate bool Parser<T>(string value, out T result);

    private static Guid? OptionalGuid(string field, string? value, IStringLocalizer text, Dictionary<string, string[]> errors) =>
        Optional<Guid>(field, value, Guid.TryParse, text, errors);

    private static DateTimeOffset? OptionalDateTime(string field, string? value, IStringLocalizer text, Dictionary<string, string[]> errors) =>
        Optional(field, value, (string v, out DateTimeOffset m) => DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out m),
            text, errors);

    private static bool? OptionalBool(string field, string? value, IStringLocalizer text, Dictionary<string, string[]> errors) =>
        Optional<bool>(field, value, bool.TryParse, text, errors);

    /// <summary>A query parameter that may be left out, but must read when given; otherwise a 400 naming it.</summary>
    private static T? Optional<T>(string field, string? value, Parser<T> parse, IStringLocalizer text, Dictionary<string, string[]> errors)
        where T : struct
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (parse(value, out var parsed))
        {
            return parsed;
        }

        errors[field] = [text["FieldInvalid", field]];
        return null;
    }
}
