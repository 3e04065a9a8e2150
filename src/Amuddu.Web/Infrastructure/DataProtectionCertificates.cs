using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Amuddu.Web.Infrastructure;

/// <summary>Configuration section <c>Amuddu:DataProtection</c>.</summary>
public sealed class DataProtectionCertificateOptions
{
    public const string Section = "Amuddu:DataProtection";

    /// <summary>A PKCS#12 file (.pfx/.p12) with its private key. When set, new data-protection keys are stored encrypted to it.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before the current one: the keys they encrypted can still be read. Each: Path, Password.</summary>
    public List<PreviousCertificate> PreviousCertificates { get; set; } = [];

    public sealed class PreviousCertificate
    {
        public string? Path { get; set; }
        public string? Password { get; set; }
    }
}

/// <summary>
/// The data-protection keys (which sign the session, two-factor and antiforgery cookies and the API's tokens) are stored
/// in the database so that every instance shares them; without a certificate they are plain XML there and in every backup.
/// With <c>Amuddu:DataProtection:CertificatePath</c>, each new key is encrypted to the certificate (XML encryption: the key
/// appears as an encryptedSecret, never as a plain masterKey) and read back with its private key, from the file, not from
/// a certificate store. Keys written before the certificate was set stay readable (they were plain); keys of an older
/// certificate need it listed in <c>PreviousCertificates</c>.
/// </summary>
public static class DataProtectionCertificates
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var settings = configuration.GetSection(DataProtectionCertificateOptions.Section).Get<DataProtectionCertificateOptions>();
        if (string.IsNullOrWhiteSpace(settings?.CertificatePath))
        {
            return builder;
        }

        // The current certificate encrypts new keys and reads them back; older ones only read what they encrypted.
        builder.ProtectKeysWithCertificate(Load(settings.CertificatePath, settings.CertificatePassword));
        var previous = settings.PreviousCertificates.Where(p => !string.IsNullOrWhiteSpace(p.Path)).Select(p => Load(p.Path!, p.Password)).ToArray();
        if (previous.Length > 0)
        {
            builder.UnprotectKeysWithAnyCertificate(previous);
        }

        return builder;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{DataProtectionCertificateOptions.Section}: {path} has no private key; the keys could not be read back.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            // Better not to start than to write keys nobody can read, or to write them in the clear without saying so.
            throw new InvalidOperationException($"{DataProtectionCertificateOptions.Section}: the certificate {path} cannot be loaded: {e.Message}", e);
        }
    }
}
