using System.Security.Cryptography;
using System.Text;

namespace Airspace.Core.Text;

/// <summary>Fingerprint of an article body used to spot the same article arriving twice.</summary>
public static class ContentHash
{
    /// <summary>
    /// Lowercase hex SHA-256 of the body lowercased (invariant) with every whitespace run collapsed to one space and
    /// the ends trimmed, so re-wrapping or re-indenting the same text gives the same hash.
    /// </summary>
    public static string Compute(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var canonical = new StringBuilder(body.Length);
        var space = false;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c))
            {
                space = canonical.Length > 0;
                continue;
            }

            if (space)
            {
                canonical.Append(' ');
                space = false;
            }

            canonical.Append(char.ToLowerInvariant(c));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash);
    }
}
