using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Amuddu.Web.Components;
using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Demo;
using Amuddu.Web.Features.Directory;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Features.Exchanges;
using Amuddu.Web.Features.FollowUp;
using Amuddu.Web.Features.Hsds;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Localisation;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Placements;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Referrals.Network;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Features.Users;
using Amuddu.Web.Features.Vacancies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

namespace Amuddu.Web.Infrastructure;

/// <summary>How the web host is put together: services first, then the request pipeline and endpoints.</summary>
public static class AmudduWeb
{
    public static WebApplicationBuilder AddAmudduWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddAmudduData(configuration);
        services.AddAmudduIdentity(configuration);
        services.Configure<StaffSessionOptions>(configuration.GetSection("Amuddu:Sessions"));
        services.Configure<DemoOptions>(configuration.GetSection("Amuddu:Demo"));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthenticationSchemes.Smart;
                options.DefaultChallengeScheme = AuthenticationSchemes.Smart;
            })
            .AddPolicyScheme(AuthenticationSchemes.Smart, null, options =>
                options.ForwardDefaultSelector = AuthenticationSchemes.Select)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
                options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieNames.Session;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = AccessPaths.SignIn;
            options.LogoutPath = AccessPaths.SignOut;
            options.AccessDeniedPath = AccessPaths.AccessDenied;
            // The database session enforces idle and absolute time-outs; the cookie only carries it.
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = false;
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.OnRefreshingPrincipal = SessionClaims.KeepOnRefresh);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = CookieNames.TwoFactor;
            options.Cookie.HttpOnly = true;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });

        services.AddAuthorization(Policies.Add);
        services.AddSingleton<IAuthorizationHandler, SecondFactorHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationResultHandler>();

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieNames.Antiforgery;
            // Antiforgery's own default never marks it Secure; over https (through nginx too) it is.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRequestLocalization(Cultures.Configure);
        services.AddRateLimiter(options => RateLimits.Configure(options, configuration));
        services.Configure<ForwardedHeadersOptions>(options => TrustedProxies.Configure(options, configuration));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = LocalisedProblemTitles.Apply);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(StrictEnums.Json());
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(NullItems.Refuse);
        });
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaNames.Of;
            options.AddDocumentTransformer<BearerSecurityTransformer>();
        });
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        builder.AddAmudduTelemetry();
        services.AddSingleton<PeopleIndex>();
        services.AddHostedService<PeopleIndexWarmUp>();
        services.AddSqliteCheckpoints(configuration);
        services.AddNotifications(configuration);
        services.AddReferrals(configuration);
        services.AddExchanges(configuration);
        services.AddIndicators(configuration);
        services.AddAmudduCompression();
        services.AddRazorComponents();
        StrictEnumForms.Register(services);
        services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication UseAmudduWeb(this WebApplication app)
    {
        // Without its encryption key the app could not read a document: better not to start than to fail later.
        app.Services.GetRequiredService<FieldProtector>();

        // First: everything after it (HSTS, cookies, redirects, audit, rate limits) sees the client, not nginx.
        app.UseForwardedHeaders();
        app.UseAmudduCompression();
        app.UseMiddleware<SecurityHeaders>();
        // Before routing and sign-in: the scrape endpoint answers the allowed addresses and no one else (a 404).
        app.UseAmudduMetricsEndpoint();
        // Before the error handlers, so that error responses too are in the caller's language.
        app.UseRequestLocalization();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages
            .UseExceptionHandler(ErrorPaths.Error, createScopeForErrors: true)
            .UseStatusCodePagesWithReExecute(ErrorPaths.Status, "?code={0}"));
        // Only on https requests (through the proxy: X-Forwarded-Proto), and not for localhost.
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
        }

        // Static files first, then routing: the catch-all 404 endpoint must not swallow app.css.
        app.UseStaticFiles(Compression.StaticFiles());
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<SessionValidationMiddleware>();
        app.Use(RateLimits.ReadAttemptAsync);
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(NotFoundProbes.WatchAsync);
        app.UseAntiforgery();
        app.UseWhen(IsApi, api => api.Use(StrictEnums.CheckRouteAndQuery));

        var api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapOrganisationsApi();
        api.MapUsersApi();
        api.MapReferenceDataApi();
        api.MapAuditApi();
        api.MapPeopleApi();
        api.MapRightsApi();
        api.MapPositioningApi();
        api.MapFollowUpApi();
        api.MapOutcomesApi();
        api.MapActionPlansApi();
        api.MapAppointmentsApi();
        api.MapHsdsApi();
        api.MapCatalogueApi();
        api.MapNotificationsApi();
        api.MapSessionsApi();
        api.MapOutreachApi();
        api.MapReferralsApi();
        api.MapReferralNetworkApi();
        api.MapDirectoryApi();
        api.MapProgrammesApi();
        api.MapApplicationsApi();
        api.MapPaymentsApi();
        api.MapTrainingApi();
        api.MapTrainingTestsApi();
        api.MapExchangesApi();
        api.MapServiceEffectApi();
        api.MapEmployersApi();
        api.MapVacanciesApi();
        api.MapPlacementsApi();
        api.MapMatchingApi();
        api.MapIndicatorsApi();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapCultureSwitch();
        app.MapSignOut();
        app.MapPageDownloads();
        app.MapTrainingTestDownloads();
        app.MapRazorComponents<App>();

        // An unknown address is a 404 for everyone (a problem for the API, a page otherwise),
        // rather than a sign-in prompt that would hint at what exists.
        app.MapFallback(() => TypedResults.NotFound()).AllowAnonymous().ExcludeFromDescription();

        DemoBanner.PrintWhenStarted(app);
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
