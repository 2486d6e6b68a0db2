namespace Airspace.EndToEnd.Tests;

/// <summary>
/// The tests that boot the whole bot run one after another: the bot's meter is process-wide, so a test that reads
/// counters must not see another test's 429s.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WholeBot
{
    public const string Name = "Whole bot";
}
