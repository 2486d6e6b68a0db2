using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Airspace.Feeds.Sources;

/// <summary>How an item is recognised between polls (its key) and how a change to it is noticed (its fingerprint).</summary>
internal static class ItemIdentity
{
    /// <summary>The guid/id, else the link, else a hash of what the item shows (items with neither still dedupe).</summary>
    public static string Key(FeedEntry entry) =>
        Clip(entry.Id) ?? Clip(entry.Link) ?? "sha256:" + Hash(entry.Title, Date(entry.Published), entry.Summary, entry.Content);

    /// <summary>Everything the source says about the item; any change is an edit to ingest.</summary>
    public static string Fingerprint(FeedEntry entry) =>
        Hash(entry.Id, entry.Title, entry.Link, Date(entry.Published), Date(entry.Updated), entry.Author, entry.Summary,
            entry.Content, string.Join('\u001F', entry.Categories), entry.Image);

    private static string? Clip(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= 1000 ? value.Trim() : "sha256:" + Hash(value);

    private static string? Date(DateTimeOffset? value) => value?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Hash(params string?[] parts)
    {
        var text = string.Join('\u001E', parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
