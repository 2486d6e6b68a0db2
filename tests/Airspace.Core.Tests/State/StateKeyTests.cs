using Airspace.Core.Publishing;
using Airspace.Core.Search;
using Airspace.Core.State;

namespace Airspace.Core.Tests.State;

public sealed class StateKeyTests
{
    [Fact]
    public void Name_CoreCursors_AreTheNamesEarlierReleasesStored()
    {
        // Renaming one of these loses the position it holds: the planner would plan the whole log again.
        Assert.Equal("publisher", DeliveryPlanner.Cursor.Name);
        Assert.Equal("search", SearchIndexer.Cursor.Name);
        Assert.Equal("search-schema", SearchIndexer.BuiltSchema.Name);
    }

    [Fact]
    public void FromStored_Zero_ReadsAsNeverSet()
    {
        Assert.Equal(0, StateKey.Number("n").FromStored(0));
        Assert.Equal(DateTimeOffset.UnixEpoch, StateKey.UnixSeconds("s").FromStored(0));
        Assert.Equal(DateTimeOffset.UnixEpoch, StateKey.UnixMilliseconds("ms").FromStored(0));
        Assert.Equal(DeliveryKind.Post, StateKey.Enum<DeliveryKind>("e").FromStored(0));
    }

    [Fact]
    public void ToStored_Instants_KeepTheirUnitAndRoundTrip()
    {
        var at = new DateTimeOffset(2026, 12, 6, 23, 0, 0, 250, TimeSpan.Zero);

        Assert.Equal(at.ToUnixTimeSeconds(), StateKey.UnixSeconds("s").ToStored(at));
        Assert.Equal(at.ToUnixTimeMilliseconds(), StateKey.UnixMilliseconds("ms").ToStored(at));
        Assert.Equal(at, StateKey.UnixMilliseconds("ms").FromStored(StateKey.UnixMilliseconds("ms").ToStored(at)));
        Assert.Equal(1, StateKey.Enum<DeliveryKind>("e").ToStored(DeliveryKind.Edit));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Number_BlankName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => StateKey.Number(name));
}
