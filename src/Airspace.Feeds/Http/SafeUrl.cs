namespace Airspace.Feeds.Http;

/// <summary>URLs as they may appear in logs and messages: no user info and no query string (either may carry a key).</summary>
public static class SafeUrl
{
    public static string Redact(Uri? url)
    {
        if (url is null)
        {
            return "(none)";
        }

        if (!url.IsAbsoluteUri)
        {
            return url.OriginalString.Split('?', '#')[0];
        }

        var text = $"{url.Scheme}://{url.IdnHost}{(url.IsDefaultPort ? "" : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}{url.AbsolutePath}";
        return string.IsNullOrEmpty(url.Query) ? text : text + "?…";
    }
}
