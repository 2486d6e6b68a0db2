using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>Delivery rows, with kind and status as lower-case text so the table reads well in a SQL shell.</summary>
internal static class DeliveryRows
{
    public const string Columns =
        "id, article_id, subscription_id, address, kind, status, attempts, due_at, created_at, message_id, last_error, claimed_by";

    public const string Post = "post";
    public const string Edit = "edit";
    public const string Digest = "digest";
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static Delivery Read(SqliteDataReader reader) => new()
    {
        Id = new DeliveryId(reader.GetInt64(0)),
        ArticleId = new ArticleId(reader.GetInt64(1)),
        SubscriptionId = new SubscriptionId(reader.GetInt64(2)),
        Address = ChannelAddress.Parse(reader.GetString(3)),
        Kind = reader.GetString(4) switch { Edit => DeliveryKind.Edit, Digest => DeliveryKind.Digest, _ => DeliveryKind.Post },
        Status = ParseStatus(reader.GetString(5)),
        Attempts = reader.GetInt32(6),
        DueAt = UnixTime.FromStorage(reader.GetInt64(7)),
        CreatedAt = UnixTime.FromStorage(reader.GetInt64(8)),
        MessageId = reader.GetNullableString(9),
        LastError = reader.GetNullableString(10),
        ClaimedBy = reader.GetNullableString(11),
    };

    public static string ToText(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => Pending,
        DeliveryStatus.Sent => Sent,
        DeliveryStatus.Failed => Failed,
        DeliveryStatus.Cancelled => Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown delivery status."),
    };

    private static DeliveryStatus ParseStatus(string text) => text switch
    {
        Pending => DeliveryStatus.Pending,
        Sent => DeliveryStatus.Sent,
        Failed => DeliveryStatus.Failed,
        Cancelled => DeliveryStatus.Cancelled,
        _ => throw new InvalidDataException($"Unknown delivery status '{text}' in the database."),
    };
}
