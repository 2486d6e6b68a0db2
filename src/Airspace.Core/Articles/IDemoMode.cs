namespace Airspace.Core.Articles;

/// <summary>
/// Whether this process is a demo run: no chat platform and no source configured. Only a demo run seeds the bundled
/// samples (<see cref="Article.Demo"/>), lists and finds them in /latest and /search, and posts the sample article,
/// to the console channel only. Anywhere else they are invisible until <c>airspace demo remove</c> deletes them.
/// </summary>
public interface IDemoMode
{
    Task<bool> IsActiveAsync(CancellationToken ct);
}
