using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Postgres.Mapping;

/// <summary>
/// Subscription rows: the one place that maps a subscription's columns (add a new setting here, to
/// <see cref="Columns"/> and <see cref="Read"/>, and to the insert and update of <see cref="PostgresSubscriptionStore"/>).
/// </summary>
internal static class SubscriptionRows
{
    public const string Columns = "id, address, keywords, start_seq, created_at, enabled, disabled_reason, sources, digest_at, quiet, time_zone, language";

    /// <summary>How many columns <see cref="Columns"/> has: the next ordinal after them.</summary>
    public const int Count = 12;

    public static Subscription Read(NpgsqlDataReader reader) => new()
    {
        Id = new SubscriptionId(reader.GetInt64(0)),
        Address = ChannelAddress.Parse(reader.GetString(1)),
        Keywords = reader.GetStrings(2),
        StartSequence = reader.GetInt64(3),
        CreatedAt = NpgsqlCommandExtensions.Instant(reader.GetInt64(4)),
        Enabled = reader.GetBoolean(5),
        DisabledReason = reader.GetNullableString(6),
        Sources = reader.GetNullableStrings(7),
        Schedule = SubscriptionSchedule.FromStored(reader.GetNullableString(8), reader.GetNullableString(9), reader.GetNullableString(10)),
        Language = reader.GetNullableString(11),
    };
}
