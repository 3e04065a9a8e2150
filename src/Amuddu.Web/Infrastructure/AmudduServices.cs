using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Rights;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amuddu.Web.Infrastructure;

/// <summary>The services shared by the web host and the <c>amuddu</c> command line.</summary>
public static class AmudduServices
{
    public static IServiceCollection AddAmudduData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = DatabaseSetup.ProviderFrom(configuration);
        var connectionString = DatabaseSetup.ConnectionStringFrom(configuration, provider);

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ICurrentStaff, HttpCurrentStaff>();
        services.AddSingleton<AuditFieldsInterceptor>();
        services.AddSingleton<PeopleChangeSequence>();
        services.AddDbContext<AmudduDbContext>((sp, options) => options
            .UseAmudduDatabase(provider, connectionString, backgroundCheckpoints: sp.GetService<SqliteCheckpoints>() is not null)
            .AddInterceptors(sp.GetRequiredService<AuditFieldsInterceptor>(), sp.GetRequiredService<PeopleChangeSequence>())
            // Any the host adds: the tests' failures injected into a save.
            .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        var replica = DatabaseSetup.ReplicaConnectionStringFrom(configuration);
        services.AddSingleton(sp => StatisticsReplica.From(sp, provider, replica));
        services.AddScoped<StatisticsReads>();
        services.AddScoped<AuditLog>();
        // The pre/post-tests replace it with the scores they keep.
        services.AddScoped<Features.Training.IPostTestScores, Features.Training.AttemptPostTestScores>();
        services.AddSingleton<AuditWriter>();
        services.Configure<EncryptionOptions>(configuration.GetSection("Amuddu:Encryption"));
        services.AddSingleton<FieldProtector>();
        services.Configure<RetentionOptions>(configuration.GetSection("Amuddu:Retention"));
        services.AddScoped<RetentionSweep>();
        // Figures kept a short while: the pickers' most frequent choices, the positioning lookups, the service effect.
        services.AddMemoryCache();
        services.AddSingleton<KeptFigures>();
        services.AddSingleton<Amuddu.Web.Features.ReferenceData.FrequentChoices>();
        foreach (var section in typeof(IPersonalDataSection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataSection).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IPersonalDataSection), section);
        }

        return services;
    }

    public static IdentityBuilder AddAmudduIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddScoped<StaffSessions>();

        // Keys live in the database so that every instance can read what another protected
        // (cookies, tokens, antiforgery), and so the command line can issue Identity tokens too.
        // Encrypted at rest with a certificate when Amuddu:DataProtection:CertificatePath is set.
        services.AddDataProtection().SetApplicationName("Amuddu").PersistKeysToDbContext<AmudduDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        return services
            .AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<StaffRole>()
            .AddEntityFrameworkStores<AmudduDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddSignInManager<AmudduSignInManager>()
            .AddDefaultTokenProviders()
            // After the defaults: takes the authenticator provider's name, so every check of a code
            // (API, two-factor page, enrolment) spends it.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // OWASP ASVS L2: length, not composition; the deny-list lives in PasswordPolicy.
        options.Password.RequiredLength = PasswordPolicy.MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
