using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Amuddu.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// The data-protection keys (they sign the cookies and tokens) live in the database, so in its backups. With
/// Amuddu:DataProtection:CertificatePath they are stored encrypted to that certificate, and every instance given it reads them.
/// </summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private const string Password = "pfx-password-for-the-test";
    private readonly string _directory = Directory.CreateTempSubdirectory("amuddu-dp-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task With_a_certificate_new_keys_are_stored_encrypted_and_another_instance_reads_them_with_the_same_certificate()
    {
        var certificate = MakeCertificate("current");
        await using var app = await AmudduApp.StartAsync(new()
        {
            ["Amuddu:DataProtection:CertificatePath"] = certificate,
            ["Amuddu:DataProtection:CertificatePassword"] = Password,
        });
        // The template's keys (if any) were written without a certificate: start from none, as a new installation does.
        await app.QueryAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());

        await using var writer = app.OtherInstance();
        var secret = Protector(writer).Protect("session of counsellor 7");
        await using var reader = app.OtherInstance();

        var keys = await app.QueryAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal("session of counsellor 7", Protector(reader).Unprotect(secret));
    }

    [Fact]
    public async Task Without_a_certificate_keys_are_plain_and_a_certificate_that_cannot_be_loaded_stops_the_app()
    {
        await using var app = await AmudduApp.StartAsync();
        await app.QueryAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());
        await using var writer = app.OtherInstance();
        Protector(writer).Protect("x");
        Assert.All(await app.QueryAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync()),
            xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));

        await using var wrongPassword = await AmudduApp.StartAsync(new()
        {
            ["Amuddu:DataProtection:CertificatePath"] = MakeCertificate("other"),
            ["Amuddu:DataProtection:CertificatePassword"] = "not-the-password",
        });
        var error = Assert.ThrowsAny<Exception>(() => wrongPassword.CreateClient());
        Assert.Contains("Amuddu:DataProtection", error.ToString(), StringComparison.Ordinal);
    }

    private static IDataProtector Protector(AmudduApp app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Amuddu.Tests.DataProtectionKeys");

    /// <summary>A self-signed RSA certificate with its private key, in a password-protected PKCS#12 file, as an operator makes one.</summary>
    private string MakeCertificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=amuddu data protection {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        var path = Path.Combine(_directory, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
