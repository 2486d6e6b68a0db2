using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Airspace.Discord.Transport.Http;

/// <summary>Verifies Discord's <c>X-Signature-Ed25519</c> over timestamp + raw body with the application's public key (.NET has no Ed25519).</summary>
internal sealed class Ed25519Verifier
{
    private readonly Ed25519PublicKeyParameters _key;

    public Ed25519Verifier(string publicKeyHex)
    {
        _key = new Ed25519PublicKeyParameters(Convert.FromHexString(publicKeyHex), 0);
    }

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: 128 } || string.IsNullOrEmpty(timestamp) || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var signature = Convert.FromHexString(signatureHex);
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        var signer = new Ed25519Signer();
        signer.Init(false, _key);
        signer.BlockUpdate(signed, 0, signed.Length);
        return signer.VerifySignature(signature);
    }
}
