using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Access;

/// <summary>
/// OWASP ASVS 4.0 level 2 (2.1.1-2.1.9): at least 12 characters, up to 128, no composition
/// rules, and no password that is common, derived from a common one, or made of the account's name.
/// </summary>
public sealed class PasswordPolicy(IStringLocalizer<SharedResource> text) : IPasswordValidator<StaffUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = text["PasswordTooLong", MaximumLength] });
        }

        if (IsCommon(password) || ContainsAccountName(password, user))
        {
            errors.Add(new IdentityError { Code = "PasswordTooCommon", Description = text["PasswordTooCommon"] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static bool IsCommon(string password)
    {
        var lowered = password.ToLowerInvariant();
        var core = lowered.Trim("0123456789!@#$%^&*()_-+=.?,;:".ToCharArray());
        return CommonPasswords.Contains(lowered)
            || CommonPasswords.Contains(core)
            || lowered.Distinct().Count() <= 3
            || IsRun(lowered);
    }

    private static bool ContainsAccountName(string password, StaffUser user)
    {
        var lowered = password.ToLowerInvariant();
        var local = user.Email?.Split('@')[0].ToLowerInvariant();
        return (local is { Length: >= 4 } && lowered.Contains(local, StringComparison.Ordinal))
            || user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(part => part.Length >= 4 && lowered.Contains(part.ToLowerInvariant(), StringComparison.Ordinal));
    }

    // "123456789012", "abcdefghijkl", "987654321098": a stretch of the digits or the alphabet.
    private const string Runs = "01234567890123456789012345678901234567890123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";

    private static bool IsRun(string value) =>
        Runs.Contains(value, StringComparison.Ordinal) || Runs.Contains(new string([.. value.Reverse()]), StringComparison.Ordinal);

    // The most used passwords of public breach corpora and their local variants
    // (French and Moroccan keyboards, words), compared after trimming digits and symbols.
    private static readonly HashSet<string> CommonPasswords = new(StringComparer.Ordinal)
    {
        "password", "passw0rd", "password1", "motdepasse", "mot2passe", "azerty", "azertyuiop", "qwerty",
        "qwertyuiop", "qwerty123", "azerty123", "123456", "1234567", "12345678", "123456789", "1234567890",
        "123123", "111111", "000000", "abc123", "iloveyou", "admin", "administrator", "administrateur",
        "welcome", "bienvenue", "letmein", "monkey", "dragon", "football", "baseball", "sunshine", "princess",
        "master", "shadow", "superman", "trustno1", "soleil", "chocolat", "doudou", "loulou", "marseille",
        "maroc", "morocco", "casablanca", "rabat", "marrakech", "tanger", "agadir", "fes", "anapec", "amuddu",
        "entraide", "bismillah", "allah", "mohamed", "mohammed", "ahmed", "fatima", "youssef", "amine",
        "changeme", "changeit", "secret", "default", "test", "testtest", "guest", "user", "login", "qazwsx",
        "zaq12wsx", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "q1w2e3r4", "aaaaaa", "passpass", "motdepasse123",
        "jetaime", "jesus", "michael", "jordan", "hunter", "ranger", "buster", "thomas", "tigger", "charlie",
        "whatever", "freedom", "computer", "internet", "starwars", "pokemon", "hello", "bonjour", "salam",
        "azertyui", "qwertyui", "asdfghjkl", "zxcvbnm", "wxcvbn", "poiuytreza", "nicolas", "camille",
    };
}
