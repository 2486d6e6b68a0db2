using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Postgres.Mapping;

/// <summary>Delivery rows, with kind and status as lower-case text (as in the SQLite store).</summary>
internal static class DeliveryRows
{
    public const string Columns =
        "id, article_id, subscription_id, address, kind, status, attempts, due_at, created_at, message_id, last_error, claimed_by";

    public static Delivery Read(NpgsqlDataReader reader) => new()
    {
        Id = new DeliveryId(reader.GetInt64(0)),
        ArticleId = new ArticleId(reader.GetInt64(1)),
        SubscriptionId = new SubscriptionId(reader.GetInt64(2)),
        Address = ChannelAddress.Parse(reader.GetString(3)),
        Kind = reader.GetString(4) switch { "edit" => DeliveryKind.Edit, "digest" => DeliveryKind.Digest, _ => DeliveryKind.Post },
        Status = reader.GetString(5) switch
        {
            "pending" => DeliveryStatus.Pending,
            "sent" => DeliveryStatus.Sent,
            "failed" => DeliveryStatus.Failed,
            "cancelled" => DeliveryStatus.Cancelled,
            var text => throw new InvalidDataException($"Unknown delivery status '{text}' in the database."),
        },
        Attempts = reader.GetInt32(6),
        DueAt = NpgsqlCommandExtensions.Instant(reader.GetInt64(7)),
        CreatedAt = NpgsqlCommandExtensions.Instant(reader.GetInt64(8)),
        MessageId = reader.GetNullableString(9),
        LastError = reader.GetNullableString(10),
        ClaimedBy = reader.GetNullableString(11),
    };

    public static string ToText(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "pending",
        DeliveryStatus.Sent => "sent",
        DeliveryStatus.Failed => "failed",
        DeliveryStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown delivery status."),
    };
}
