using System.Text;
using Airspace.Discord.Transport.Http;
using Airspace.Discord.Tests.Support;

namespace Airspace.Discord.Tests.Http;

public sealed class Ed25519VerifierTests
{
    [Fact]
    public void Verify_Rfc8032TestVector2_AcceptsOnlyTheSignedBytes()
    {
        // RFC 8032 §7.1, TEST 2: message 0x72.
        var verifier = new Ed25519Verifier("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        const string signature = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

        Assert.True(verifier.Verify(signature, "r", []));
        Assert.False(verifier.Verify(signature, "s", []));
    }

    [Fact]
    public void Verify_GeneratedKey_AcceptsItsSignatureAndRejectsATamperedBody()
    {
        var keys = new Ed25519TestKeys();
        var verifier = new Ed25519Verifier(keys.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("{\"type\":1}");
        var signature = keys.Sign("1700000000", body);

        Assert.True(verifier.Verify(signature, "1700000000", body));
        Assert.False(verifier.Verify(signature, "1700000001", body));
        Assert.False(verifier.Verify(signature, "1700000000", Encoding.UTF8.GetBytes("{\"type\":2}")));
        Assert.False(verifier.Verify("zz" + signature[2..], "1700000000", body));
    }
}
