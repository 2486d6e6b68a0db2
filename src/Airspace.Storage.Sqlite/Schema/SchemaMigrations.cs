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
        """
        -- A quiet Created event archives an article without posting it (a source's first poll, a backfill).
        ALTER TABLE article_events ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0;

        -- Sources added at run time; configured sources live in appsettings. name_key is the lower-case name.
        CREATE TABLE sources (
            name_key    TEXT    PRIMARY KEY,
            name        TEXT    NOT NULL,
            kind        TEXT    NOT NULL CHECK (kind IN ('feed', 'wordpress')),
            url         TEXT    NOT NULL,
            interval_ms INTEGER NOT NULL,
            categories  TEXT    NOT NULL,
            local       INTEGER NOT NULL,
            created_at  INTEGER NOT NULL
        );

        CREATE TABLE source_state (
            name_key        TEXT    PRIMARY KEY,
            name            TEXT    NOT NULL,
            health          TEXT    NOT NULL CHECK (health IN ('new', 'healthy', 'unhealthy')),
            etag            TEXT    NULL,
            last_modified   TEXT    NULL,
            failures        INTEGER NOT NULL,
            last_error      TEXT    NULL,
            last_poll_at    INTEGER NULL,
            last_success_at INTEGER NULL,
            next_poll_at    INTEGER NULL,
            baseline_at     INTEGER NULL,
            unhealthy_since INTEGER NULL,
            item_count      INTEGER NOT NULL
        );

        -- What each source delivered, with a fingerprint of the item as the source last showed it.
        CREATE TABLE source_items (
            source_key    TEXT    NOT NULL,
            item_id       TEXT    NOT NULL,
            fingerprint   TEXT    NOT NULL,
            article_id    INTEGER NULL,
            first_seen_at INTEGER NOT NULL,
            last_seen_at  INTEGER NOT NULL,
            PRIMARY KEY (source_key, item_id)
        );

        -- One row per (source, failure episode, channel): a channel hears about an unhealthy source once.
        CREATE TABLE source_notices (
            source_key TEXT    NOT NULL,
            episode    INTEGER NOT NULL,
            address    TEXT    NOT NULL,
            claimed_at INTEGER NOT NULL,
            PRIMARY KEY (source_key, episode, address)
        );
        """,
        """
        -- The bundled demo articles (seeded by the first run) get their own mark: never posted to a chat, visible only
        -- in a demo run, deleted by `airspace demo remove`.
        ALTER TABLE articles ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX ix_articles_demo ON articles (demo) WHERE demo = 1;

        -- The change log gains 'deleted', and an event may outlive its article (a deletion is recorded for every search
        -- index to follow). SQLite cannot alter a CHECK or drop a foreign key, so the table is rebuilt with the same
        -- rows; the explicit seqs carry the AUTOINCREMENT high-water mark over, and RENAME moves it with the table.
        CREATE TABLE article_events_rebuilt (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id  INTEGER NOT NULL,
            kind        TEXT    NOT NULL CHECK (kind IN ('created', 'updated', 'deleted')),
            occurred_at INTEGER NOT NULL,
            quiet       INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO article_events_rebuilt (seq, article_id, kind, occurred_at, quiet)
            SELECT seq, article_id, kind, occurred_at, quiet FROM article_events ORDER BY seq;
        DROP TABLE article_events;
        ALTER TABLE article_events_rebuilt RENAME TO article_events;
        CREATE INDEX ix_article_events_article ON article_events (article_id, seq);

        -- Data folders seeded before the mark existed. Which articles the seeder imported: it seeds only an empty store,
        -- so its articles are the store's first ids, and it imports only the bundled samples, whose identities are
        -- fixed: IndoSum records (id "<10-digit Unix time>-<slug>", with their source URL) and the Airspace Review
        -- sample (source airspace-review.com, id = its file name). So, once the "seed" cursor shows a first run went
        -- through the seeder, the demo articles are the leading run of ids that all carry such an identity; the first
        -- article that does not ends the run, and everything after it is the user's (even a hand import of IndoSum).
        UPDATE articles SET demo = 1
        WHERE EXISTS (SELECT 1 FROM cursors WHERE name = 'seed' AND seq > 0)
          AND id < COALESCE((
                SELECT MIN(o.id) FROM articles o
                WHERE NOT ((o.source = 'airspace-review.com' AND o.external_id = '2023-09-15-kim-jong-un-knaaz')
                        OR (o.external_id GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-?*' AND o.url IS NOT NULL))),
              9223372036854775807);

        -- The IndoSum archive is an archive (its Created events quiet, as the seeder now writes them); only the Airspace
        -- sample is ever posted, to the console. Pending alerts that broke this rule are cancelled.
        UPDATE article_events SET quiet = 1
        WHERE kind = 'created'
          AND article_id IN (SELECT id FROM articles
                             WHERE demo = 1 AND NOT (source = 'airspace-review.com' AND external_id = '2023-09-15-kim-jong-un-knaaz'));
        UPDATE deliveries SET status = 'cancelled', last_error = 'demo article: the bundled samples are never posted to a chat'
        WHERE status = 'pending'
          AND article_id IN (SELECT id FROM articles WHERE demo = 1)
          AND (address <> 'console' OR article_id IN (SELECT article_id FROM article_events WHERE kind = 'created' AND quiet = 1));
        """,
        """
        -- The dispatcher (one per process start) holding a claim: a restart gives back a dead owner's claims at once
        -- instead of waiting out the lease.
        ALTER TABLE deliveries ADD COLUMN claimed_by TEXT NULL;

        -- Claims the previous release left had no owner: a pending row due in the future that was claimed (claimed_seq
        -- set). They get the owner 'legacy', which no dispatcher has, so the first start gives them back at once, in
        -- order; that release counted a claim as an attempt, so the attempt is given back. A row it rescheduled after a
        -- failure looks the same (claimed_seq stays set): it is tried again at once, one attempt given back — one early
        -- retry, rather than a dead claim left to wait out its lease.
        UPDATE deliveries SET claimed_by = 'legacy', attempts = MAX(attempts - 1, 0)
        WHERE status = 'pending' AND claimed_seq IS NOT NULL AND due_at > CAST(strftime('%s', 'now') AS INTEGER) * 1000;
        """,
        """
        -- Chat interactions already handled (Discord's signed HTTP interactions): a replay is refused after a restart
        -- and by every process on this store. Rows are pruned once keep_until (the signature window) has passed.
        CREATE TABLE seen_interactions (
            platform   TEXT    NOT NULL,
            id         TEXT    NOT NULL,
            keep_until INTEGER NOT NULL,
            PRIMARY KEY (platform, id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_seen_interactions_keep_until ON seen_interactions (keep_until);
        """,
        """
        -- The folder a stored source is filed under ("News/Indonesia", from OPML import or --folder): a label only.
        ALTER TABLE sources ADD COLUMN folder TEXT NULL;
        """,
        """
        -- The sources a subscription follows: a JSON list of names (feeds and the built-in 'inbox'); NULL follows every
        -- source, including sources added later. Existing subscriptions keep NULL: they go on receiving everything.
        ALTER TABLE subscriptions ADD COLUMN sources TEXT NULL;
        """,
        """
        -- Digests and quiet hours: a daily digest time and a quiet window ('HH:MM', 'HH:MM-HH:MM') in local time of
        -- time_zone (an IANA id; NULL takes Airspace:TimeZone). digest_slot is the latest digest time closed (unix ms):
        -- each digest time becomes at most one digest, whatever restarts happen.
        ALTER TABLE subscriptions ADD COLUMN digest_at TEXT NULL;
        ALTER TABLE subscriptions ADD COLUMN quiet TEXT NULL;
        ALTER TABLE subscriptions ADD COLUMN time_zone TEXT NULL;
        ALTER TABLE subscriptions ADD COLUMN digest_slot INTEGER NULL;

        -- Deliveries gain the kind 'digest' (one row per closed digest; its articles in digest_items). SQLite cannot
        -- alter a CHECK, so the table is rebuilt with the same rows and indexes.
        CREATE TABLE deliveries_rebuilt (
            id              INTEGER PRIMARY KEY,
            article_id      INTEGER NOT NULL REFERENCES articles (id),
            subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
            address         TEXT    NOT NULL,
            kind            TEXT    NOT NULL CHECK (kind IN ('post', 'edit', 'digest')),
            status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
            attempts        INTEGER NOT NULL,
            due_at          INTEGER NOT NULL,
            created_at      INTEGER NOT NULL,
            sent_at         INTEGER NULL,
            message_id      TEXT    NULL,
            last_error      TEXT    NULL,
            event_seq       INTEGER NOT NULL,
            claimed_seq     INTEGER NULL,
            claimed_by      TEXT    NULL
        );
        INSERT INTO deliveries_rebuilt (id, article_id, subscription_id, address, kind, status, attempts, due_at, created_at,
                                        sent_at, message_id, last_error, event_seq, claimed_seq, claimed_by)
            SELECT id, article_id, subscription_id, address, kind, status, attempts, due_at, created_at,
                   sent_at, message_id, last_error, event_seq, claimed_seq, claimed_by
            FROM deliveries ORDER BY id;
        DROP TABLE deliveries;
        ALTER TABLE deliveries_rebuilt RENAME TO deliveries;
        CREATE UNIQUE INDEX ux_deliveries_post ON deliveries (article_id, subscription_id) WHERE kind = 'post';
        CREATE UNIQUE INDEX ux_deliveries_edit ON deliveries (article_id, subscription_id, event_seq) WHERE kind = 'edit';
        CREATE UNIQUE INDEX ux_deliveries_digest ON deliveries (subscription_id, event_seq) WHERE kind = 'digest';
        CREATE INDEX ix_deliveries_status_due ON deliveries (status, due_at, id);
        CREATE INDEX ix_deliveries_subscription ON deliveries (subscription_id, status);

        -- The articles kept for a subscription's digest; delivery_id is set when its digest closes. One row per
        -- article and subscription, so a replayed plan keeps nothing twice and an edit is never collected again.
        CREATE TABLE digest_items (
            subscription_id INTEGER NOT NULL,
            article_id      INTEGER NOT NULL,
            event_seq       INTEGER NOT NULL,
            delivery_id     INTEGER NULL,
            PRIMARY KEY (subscription_id, article_id)
        );
        CREATE INDEX ix_digest_items_open ON digest_items (subscription_id, delivery_id, event_seq);
        CREATE INDEX ix_digest_items_delivery ON digest_items (delivery_id, event_seq);
        """,
        """
        -- The language of a subscription's alerts ('id', 'en'); NULL uses Airspace:Chat:Language when an alert is sent.
        ALTER TABLE subscriptions ADD COLUMN language TEXT NULL;
        """,
        """
        -- Singleton roles (publisher, feeds, telegram-polling, ...): one row per role, held by owner until expires_at
        -- (unix ms). fence grows each time the role changes owner; a released lease keeps its fence and expires at 0.
        CREATE TABLE role_leases (
            role       TEXT    PRIMARY KEY,
            owner      TEXT    NOT NULL,
            fence      INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
        );
        """,
        """
        -- Chat state shared by every process on the store. paging_keys: long search queries kept under a short key for
        -- paging buttons until keep_until (unix ms). command_rates: per-user command limits as a generic cell rate,
        -- tat = the theoretical arrival time (unix ms) of the next command, refused = commands refused since the last
        -- one allowed (the first gets a notice). Both are pruned once expired.
        CREATE TABLE paging_keys (
            paging_key TEXT    PRIMARY KEY,
            query      TEXT    NOT NULL,
            keep_until INTEGER NOT NULL
        );
        CREATE INDEX ix_paging_keys_keep_until ON paging_keys (keep_until);
        CREATE TABLE command_rates (
            platform TEXT    NOT NULL,
            user_id  TEXT    NOT NULL,
            tat      INTEGER NOT NULL,
            refused  INTEGER NOT NULL,
            PRIMARY KEY (platform, user_id)
        );
        CREATE INDEX ix_command_rates_tat ON command_rates (tat);
        """,
    ];

    public static int LatestVersion => Scripts.Count;
}
