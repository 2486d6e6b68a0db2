using Lucene.Net.Index;

namespace Airspace.Search.Querying;

/// <summary>The newest published time (Unix milliseconds) in an index, read from doc values once per reader.</summary>
internal static class NewestPublished
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, Box> Cache = new();

    public static long Of(IndexReader reader) => Cache.GetValue(reader, Scan).Value;

    private static Box Scan(IndexReader reader)
    {
        var newest = long.MinValue;
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetNumericDocValues(SearchFields.Published) is { } values)
            {
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    newest = Math.Max(newest, values.Get(doc));
                }
            }
        }

        return new Box(newest);
    }

    private sealed record Box(long Value);
}
