using Airspace.Core.Sources;

namespace Airspace.Feeds.Tests.Support;

public static class TestSources
{
    public static SourceDefinition WordPress(Uri site, string name = "review") => new()
    {
        Name = name,
        Kind = SourceKind.WordPress,
        Url = site,
        Interval = TimeSpan.FromMinutes(5),
        Local = true,
    };

    public static SourceDefinition Feed(Uri url, string name = "review-feed") => new()
    {
        Name = name,
        Kind = SourceKind.Feed,
        Url = url,
        Interval = TimeSpan.FromMinutes(5),
        Local = true,
    };
}
