using Airspace.Core.Articles;

namespace Airspace.Storage.Postgres.Mapping;

internal static class ArticleRows
{
    public const string CreatedEvent = "created";
    public const string UpdatedEvent = "updated";
    public const string DeletedEvent = "deleted";

    public const string Columns =
        "id, source, external_id, url, title, body, language, published, updated, author, categories, image_url, " +
        "content_hash, summary, summarizer_version, ingested_at, demo";

    public static Article Read(NpgsqlDataReader reader) => new()
    {
        Id = new ArticleId(reader.GetInt64(0)),
        Source = reader.GetString(1),
        ExternalId = reader.GetNullableString(2),
        Url = reader.GetNullableString(3),
        Title = reader.GetString(4),
        Body = reader.GetString(5),
        Language = reader.GetString(6),
        Published = NpgsqlCommandExtensions.Instant(reader.GetInt64(7)),
        Updated = NpgsqlCommandExtensions.Instant(reader.GetNullableInt64(8)),
        Author = reader.GetNullableString(9),
        Categories = reader.GetStrings(10),
        ImageUrl = reader.GetNullableString(11),
        ContentHash = reader.GetString(12),
        Summary = reader.GetString(13),
        SummarizerVersion = reader.GetString(14),
        IngestedAt = NpgsqlCommandExtensions.Instant(reader.GetInt64(15)),
        Demo = reader.GetBoolean(16),
    };

    /// <summary>The parameters of every column but <c>id</c> and <c>ingested_at</c>.</summary>
    public static (string, object?)[] Parameters(ArticleContent a) =>
    [
        ("@source", a.Source), ("@external_id", a.ExternalId), ("@url", a.Url), ("@title", a.Title), ("@body", a.Body),
        ("@language", a.Language), ("@published", NpgsqlCommandExtensions.Stored(a.Published)),
        ("@updated", NpgsqlCommandExtensions.Stored(a.Updated)), ("@author", a.Author), ("@categories", a.Categories.ToArray()),
        ("@image_url", a.ImageUrl), ("@content_hash", a.ContentHash), ("@summary", a.Summary),
        ("@summarizer_version", a.SummarizerVersion), ("@demo", a.Demo),
    ];

    /// <summary>Reads <c>seq, article_id, kind</c>.</summary>
    public static ArticleEvent ReadEvent(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        new ArticleId(reader.GetInt64(1)),
        reader.GetString(2) switch
        {
            UpdatedEvent => ArticleEventKind.Updated,
            DeletedEvent => ArticleEventKind.Deleted,
            _ => ArticleEventKind.Created,
        });
}
