using Amuddu.Web.Features.Demo;

namespace Amuddu.Web.Tests.Infrastructure;

/// <summary>The seeded demo accounts the tests sign in as.</summary>
public static class Demo
{
    public const string Password = DemoAccounts.Password;
    public const string Key = DemoAccounts.AuthenticatorKey;
    public static readonly string Admin = $"admin@{DemoAccounts.Domain}";
    public static readonly string Counsellor = $"counsellor@{DemoAccounts.Domain}";
    public static readonly string Analyst = $"analyst@{DemoAccounts.Domain}";
    public static readonly string NgoAdmin = $"ngo-admin@{DemoAccounts.Domain}";
    public static readonly string NgoCounsellor = $"ngo-counsellor@{DemoAccounts.Domain}";
    public static readonly string Caseworker = $"caseworker@{DemoAccounts.Domain}";
    public static readonly string NewCounsellor = $"new-counsellor@{DemoAccounts.Domain}";
    public static readonly string SelfEmployment = $"self-employment@{DemoAccounts.Domain}";
    public static readonly string Officer = $"officer@{DemoAccounts.Domain}";
    public static readonly string Officer2 = $"officer2@{DemoAccounts.Domain}";
    public static readonly string Employer = $"employer@{DemoAccounts.Domain}";
}
