using QRCoder;

namespace Amuddu.Web.Features.Access;

public static class AuthenticatorQrCode
{
    /// <summary>The otpauth:// URI authenticator apps read (Key URI format), for an Amuddu account.</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString("Amuddu:" + email)}?secret={key}&issuer=Amuddu&digits=6&period=30";

    /// <summary>A PNG of the QR code as a data URI, so the page needs no extra request and no script.</summary>
    public static string DataUri(string email, string key)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri(email, key), QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
