namespace Airspace.Core.Articles;

/// <summary>The store's identity for an article.</summary>
public readonly record struct ArticleId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
