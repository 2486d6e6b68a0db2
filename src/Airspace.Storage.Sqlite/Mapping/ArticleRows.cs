using Airspace.Core.Articles;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Mapping;

internal static class ArticleRows
{
    public const string CreatedEvent = "created";
    public const string UpdatedEvent = "updated";
    public const string DeletedEvent = "deleted";

    public const string Columns =
        "id, source, external_id, url, title, body, language, published, updated, author, categories, image_url, " +
        "content_hash, summary, summarizer_version, ingested_at, demo";

    public static Article Read(SqliteDataReader reader) => new()
    {
        Id = new ArticleId(reader.GetInt64(0)),
        Source = reader.GetString(1),
        ExternalId = reader.GetNullableString(2),
        Url = reader.GetNullableString(3),
        Title = reader.GetString(4),
        Body = reader.GetString(5),
        Language = reader.GetString(6),
        Published = UnixTime.FromStorage(reader.GetInt64(7)),
        Updated = UnixTime.FromStorage(reader.GetNullableInt64(8)),
        Author = reader.GetNullableString(9),
        Categories = JsonList.Read(reader.GetString(10)),
        ImageUrl = reader.GetNullableString(11),
        ContentHash = reader.GetString(12),
        Summary = reader.GetString(13),
        SummarizerVersion = reader.GetString(14),
        IngestedAt = UnixTime.FromStorage(reader.GetInt64(15)),
        Demo = reader.GetInt64(16) != 0,
    };

    /// <summary>Reads <c>seq, article_id, kind</c>.</summary>
    public static ArticleEvent ReadEvent(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new ArticleId(reader.GetInt64(1)),
        reader.GetString(2) switch
        {
            UpdatedEvent => ArticleEventKind.Updated,
            DeletedEvent => ArticleEventKind.Deleted,
            _ => ArticleEventKind.Created,
        });
}
