namespace Airspace.Storage.Sqlite.Schema;

/// <summary>
/// The schema as an ordered list of scripts: script <c>i</c> takes the database from <c>user_version</c> i to i + 1.
/// Never edit a released script; append a new one. Types and syntax stay close to what PostgreSQL accepts
/// (INTEGER instants in unix milliseconds, TEXT enums, partial unique indexes) so a second adapter can mirror it.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE articles (
            id                 INTEGER PRIMARY KEY,
            source             TEXT    NOT NULL,
            external_id        TEXT    NULL,
            url                TEXT    NULL,
            title              TEXT    NOT NULL,
            body               TEXT    NOT NULL,
            language           TEXT    NOT NULL,
            published          INTEGER NOT NULL,
            updated            INTEGER NULL,
            author             TEXT    NULL,
            categories         TEXT    NOT NULL,
            image_url          TEXT    NULL,
            content_hash       TEXT    NOT NULL,
            summary            TEXT    NOT NULL,
            summarizer_version TEXT    NOT NULL,
            ingested_at        INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX ux_articles_source_external_id ON articles (source, external_id) WHERE external_id IS NOT NULL;
        CREATE UNIQUE INDEX ux_articles_url ON articles (url) WHERE url IS NOT NULL;
        -- Not unique: an edit may legitimately make two stored articles' bodies equal.
        CREATE INDEX ix_articles_content_hash ON articles (content_hash);
        CREATE INDEX ix_articles_published ON articles (published, id);

        -- AUTOINCREMENT: a sequence is never reused, so cursors can trust it.
        CREATE TABLE article_events (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id  INTEGER NOT NULL REFERENCES articles (id),
            kind        TEXT    NOT NULL CHECK (kind IN ('created', 'updated')),
            occurred_at INTEGER NOT NULL
        );
        CREATE INDEX ix_article_events_article ON article_events (article_id, seq);

        CREATE TABLE cursors (
            name TEXT    PRIMARY KEY,
            seq  INTEGER NOT NULL
        );

        CREATE TABLE subscriptions (
            id              INTEGER PRIMARY KEY,
            address         TEXT    NOT NULL,
            keywords        TEXT    NOT NULL,
            start_seq       INTEGER NOT NULL,
            -- Set by a backfill: Created events in (start_seq, catch_up_seq] still need planning for this subscription.
            catch_up_seq    INTEGER NULL,
            created_at      INTEGER NOT NULL,
            enabled         INTEGER NOT NULL,
            disabled_reason TEXT    NULL,
            removed_at      INTEGER NULL
        );
        -- Removed rows stay for delivery history; only one live subscription per address.
        CREATE UNIQUE INDEX ux_subscriptions_address ON subscriptions (address) WHERE removed_at IS NULL;
        CREATE INDEX ix_subscriptions_address ON subscriptions (address, id);

        CREATE TABLE deliveries (
            id              INTEGER PRIMARY KEY,
            article_id      INTEGER NOT NULL REFERENCES articles (id),
            subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
            address         TEXT    NOT NULL,
            kind            TEXT    NOT NULL CHECK (kind IN ('post', 'edit')),
            status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
            attempts        INTEGER NOT NULL,
            due_at          INTEGER NOT NULL,
            created_at      INTEGER NOT NULL,
            sent_at         INTEGER NULL,
            message_id      TEXT    NULL,
            last_error      TEXT    NULL,
            event_seq       INTEGER NOT NULL,
            -- The article's latest change-log sequence when last claimed: lets MarkSent spot an update that raced the send.
            claimed_seq     INTEGER NULL
        );
        CREATE UNIQUE INDEX ux_deliveries_post ON deliveries (article_id, subscription_id) WHERE kind = 'post';
        CREATE UNIQUE INDEX ux_deliveries_edit ON deliveries (article_id, subscription_id, event_seq) WHERE kind = 'edit';
        CREATE INDEX ix_deliveries_status_due ON deliveries (status, due_at, id);
        CREATE INDEX ix_deliveries_subscription ON deliveries (subscription_id, status);
        """,
    ];

    public static int LatestVersion => Scripts.Count;
}
