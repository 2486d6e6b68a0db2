using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>Rows of subscriptions; <c>sources</c> NULL follows every source, else a JSON list of names.</summary>
internal static class SubscriptionRows
{
    public const string Columns = "id, address, keywords, start_seq, created_at, enabled, disabled_reason, sources, digest_at, quiet, time_zone, language";

    /// <summary>How many <see cref="Columns"/> there are: the ordinal of a column selected after them.</summary>
    public static readonly int ColumnCount = Columns.Split(',').Length;

    public static Subscription Read(SqliteDataReader reader) => new()
    {
        Id = new SubscriptionId(reader.GetInt64(0)),
        Address = ChannelAddress.Parse(reader.GetString(1)),
        Keywords = JsonList.Read(reader.GetString(2)),
        StartSequence = reader.GetInt64(3),
        CreatedAt = UnixTime.FromStorage(reader.GetInt64(4)),
        Enabled = reader.GetInt64(5) != 0,
        DisabledReason = reader.GetNullableString(6),
        Sources = reader.GetNullableString(7) is { } sources ? JsonList.Read(sources) : null,
        Schedule = SubscriptionSchedule.FromStored(reader.GetNullableString(8), reader.GetNullableString(9), reader.GetNullableString(10)),
        Language = reader.GetNullableString(11),
    };
}
