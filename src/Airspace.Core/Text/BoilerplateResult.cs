namespace Airspace.Core.Text;

/// <summary>An article body without its site dateline and author tag, and what was found in them.</summary>
/// <param name="Body">The text that remains, paragraphs separated by "\n".</param>
/// <param name="Author">The author tag ("JDN"), when the text ended with one.</param>
/// <param name="Site">The site domain named by the dateline ("airspace-review.com"), when there was one.</param>
public sealed record BoilerplateResult(string Body, string? Author, string? Site);
