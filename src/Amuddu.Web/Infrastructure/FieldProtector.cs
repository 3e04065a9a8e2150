using System.Security.Cryptography;
using System.Text;

namespace Amuddu.Web.Infrastructure;

/// <summary>Configuration section <c>Amuddu:Encryption</c>.</summary>
public sealed class EncryptionOptions
{
    /// <summary>32 random bytes, base64. Keep it out of the database and its backups (environment, secret store).</summary>
    public string? Key { get; set; }
}

/// <summary>
/// Encrypts sensitive values and files at rest (AES-256-GCM, a fresh nonce each time) and makes
/// keyed fingerprints (HMAC-SHA256) so that an encrypted value can still be found by exact match.
/// Two keys are derived from the configured one, so encryption and fingerprints never share a key.
/// </summary>
public sealed class FieldProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const byte FormatVersion = 1;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _fingerprintKey;

    public FieldProtector(Microsoft.Extensions.Options.IOptions<EncryptionOptions> options)
    {
        var configured = options.Value.Key;
        byte[] master;
        try
        {
            master = Convert.FromBase64String(configured ?? "");
        }
        catch (FormatException)
        {
            master = [];
        }

        if (master.Length != 32)
        {
            throw new InvalidOperationException(
                "Amuddu:Encryption:Key must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`); see docs/install.md.");
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "amuddu fields v1"u8.ToArray());
        _fingerprintKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "amuddu fingerprints v1"u8.ToArray());
    }

    public byte[] Protect(ReadOnlySpan<byte> plain)
    {
        var output = new byte[1 + NonceSize + TagSize + plain.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize));
        return output;
    }

    public byte[] Unprotect(ReadOnlySpan<byte> protectedBytes)
    {
        if (protectedBytes.Length < 1 + NonceSize + TagSize || protectedBytes[0] != FormatVersion)
        {
            throw new CryptographicException("Not a value protected by Amuddu.");
        }

        var plain = new byte[protectedBytes.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(protectedBytes.Slice(1, NonceSize), protectedBytes[(1 + NonceSize + TagSize)..], protectedBytes.Slice(1 + NonceSize, TagSize), plain);
        return plain;
    }

    public string ProtectText(string plain) => Convert.ToBase64String(Protect(Encoding.UTF8.GetBytes(plain)));

    public string UnprotectText(string protectedText) => Encoding.UTF8.GetString(Unprotect(Convert.FromBase64String(protectedText)));

    /// <summary>The same input always gives the same fingerprint; without the key it reveals nothing.</summary>
    public string Fingerprint(string value) => Convert.ToHexString(HMACSHA256.HashData(_fingerprintKey, Encoding.UTF8.GetBytes(value)));
}
