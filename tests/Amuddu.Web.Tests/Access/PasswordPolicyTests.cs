using Amuddu.Web.Features.Access;

namespace Amuddu.Web.Tests.Access;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("Password2024!")]
    [InlineData("azertyuiop123")]
    [InlineData("Marrakech2025")]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijklmno")]
    public void Common_passwords_and_their_variants_are_refused(string password) =>
        Assert.True(PasswordPolicy.IsCommon(password));

    [Theory]
    [InlineData("Long enough passphrase 2026")]
    [InlineData("tajine aux pruneaux du jeudi")]
    [InlineData("كلمة سر طويلة بما يكفي")]
    public void Personal_passphrases_are_accepted(string password) =>
        Assert.False(PasswordPolicy.IsCommon(password));
}
