// Versioned schema: PRAGMA user_version holds the version; each migrateToN() brings N-1 to N inside
// its own transaction, and runMigrations() falls through every step still missing.
#include "server/store/database.h"

#include <QStringList>

namespace tusk::server {

namespace {

bool runAll(Database &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (!db.execute(s))
            return false;
    }
    return true;
}

// Times are milliseconds since the epoch; ids are snowflakes (see snowflake.h).
bool migrateTo1(Database &db)
{
    return runAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            locked INTEGER NOT NULL DEFAULT 0,
            bot INTEGER NOT NULL DEFAULT 0,
            discoverable INTEGER NOT NULL DEFAULT 1,
            fields TEXT NOT NULL DEFAULT '[]',
            avatar TEXT,
            header TEXT,
            created_at INTEGER NOT NULL,
            statuses_count INTEGER NOT NULL DEFAULT 0,
            followers_count INTEGER NOT NULL DEFAULT 0,
            following_count INTEGER NOT NULL DEFAULT 0,
            last_status_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE users (
            account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            admin INTEGER NOT NULL DEFAULT 0,
            default_privacy TEXT NOT NULL DEFAULT 'public',
            default_sensitive INTEGER NOT NULL DEFAULT 0,
            default_language TEXT,
            created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE apps (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            website TEXT,
            redirect_uris TEXT NOT NULL,
            scopes TEXT NOT NULL,
            client_id TEXT NOT NULL UNIQUE,
            client_secret_hash BLOB NOT NULL,
            created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE tokens (
            id INTEGER PRIMARY KEY,
            token_hash BLOB NOT NULL UNIQUE,
            refresh_hash BLOB UNIQUE,
            app_id INTEGER REFERENCES apps(id) ON DELETE CASCADE,
            account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
            scopes TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER))"),
            QStringLiteral("CREATE INDEX tokens_account ON tokens(account_id)"),
            QStringLiteral(R"(CREATE TABLE auth_codes (
            code_hash BLOB PRIMARY KEY,
            app_id INTEGER NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            redirect_uri TEXT NOT NULL,
            scopes TEXT NOT NULL,
            code_challenge TEXT,
            code_challenge_method TEXT,
            expires_at INTEGER NOT NULL,
            used_at INTEGER,
            token_id INTEGER))"),
            QStringLiteral(R"(CREATE TABLE statuses (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            spoiler_text TEXT NOT NULL DEFAULT '',
            visibility INTEGER NOT NULL DEFAULT 0,
            sensitive INTEGER NOT NULL DEFAULT 0,
            language TEXT,
            in_reply_to_id INTEGER REFERENCES statuses(id) ON DELETE SET NULL,
            in_reply_to_account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
            reblog_of_id INTEGER REFERENCES statuses(id) ON DELETE CASCADE,
            app_id INTEGER REFERENCES apps(id) ON DELETE SET NULL,
            created_at INTEGER NOT NULL,
            edited_at INTEGER,
            replies_count INTEGER NOT NULL DEFAULT 0,
            reblogs_count INTEGER NOT NULL DEFAULT 0,
            favourites_count INTEGER NOT NULL DEFAULT 0))"),
            // Timelines walk ids downwards: per author, the public feed, replies of a status.
            QStringLiteral("CREATE INDEX statuses_account ON statuses(account_id, id)"),
            QStringLiteral("CREATE INDEX statuses_public ON statuses(id) "
                           "WHERE visibility = 0 AND reblog_of_id IS NULL"),
            QStringLiteral("CREATE INDEX statuses_reply ON statuses(in_reply_to_id)"),
            QStringLiteral("CREATE INDEX statuses_reblog ON statuses(reblog_of_id)"),
            QStringLiteral(R"(CREATE TABLE mentions (
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            PRIMARY KEY (status_id, account_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX mentions_account ON mentions(account_id, status_id)"),
            QStringLiteral(R"(CREATE TABLE status_tags (
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (status_id, tag)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX status_tags_tag ON status_tags(tag, status_id)"),
            QStringLiteral(R"(CREATE TABLE follows (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            target_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            show_reblogs INTEGER NOT NULL DEFAULT 1,
            notify INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, target_account_id)))"),
            QStringLiteral("CREATE INDEX follows_target ON follows(target_account_id, account_id)"),
            QStringLiteral(R"(CREATE TABLE favourites (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, status_id)))"),
            QStringLiteral("CREATE INDEX favourites_status ON favourites(status_id)"),
            QStringLiteral(R"(CREATE TABLE notifications (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            from_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            status_id INTEGER REFERENCES statuses(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX notifications_account ON notifications(account_id, id)"),
            QStringLiteral(R"(CREATE TABLE idempotency_keys (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            key_hash BLOB NOT NULL,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, key_hash)) WITHOUT ROWID)"),
        });
}

// Home feeds, materialised on write (fan-out to local followers) so reading a home page is one
// index range scan instead of a merge over everyone followed. Existing data is backfilled with
// the same rule StatusRepository::create applies.
bool migrateTo2(Database &db)
{
    return runAll(db, {
                          QStringLiteral(R"(CREATE TABLE home_feed (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            PRIMARY KEY (account_id, status_id)) WITHOUT ROWID)"),
                          QStringLiteral("CREATE INDEX home_feed_status ON home_feed(status_id)"),
                          QStringLiteral("INSERT OR IGNORE INTO home_feed (account_id, status_id) "
                                         "SELECT account_id, id FROM statuses"),
                          QStringLiteral(R"(INSERT OR IGNORE INTO home_feed (account_id, status_id)
            SELECT f.account_id, s.id FROM follows f JOIN statuses s ON s.account_id = f.target_account_id
            WHERE (s.visibility < 3 OR EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = s.id
                                               AND m.account_id = f.account_id))
              AND (s.in_reply_to_account_id IS NULL OR s.in_reply_to_account_id = s.account_id
                   OR s.in_reply_to_account_id = f.account_id
                   OR EXISTS (SELECT 1 FROM follows g WHERE g.account_id = f.account_id
                              AND g.target_account_id = s.in_reply_to_account_id)))"),
                      });
}

// Per-user state: bookmarks and read markers.
bool migrateTo3(Database &db)
{
    return runAll(
        db, {
                QStringLiteral(R"(CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, status_id)))"),
                QStringLiteral("CREATE INDEX bookmarks_status ON bookmarks(status_id)"),
                QStringLiteral("CREATE INDEX favourites_account ON favourites(account_id, id)"),
                QStringLiteral(R"(CREATE TABLE markers (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            timeline TEXT NOT NULL,
            last_read_id TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, timeline)) WITHOUT ROWID)"),
            });
}

// Follow requests for locked accounts.
bool migrateTo4(Database &db)
{
    return runAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE follow_requests (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            target_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            show_reblogs INTEGER NOT NULL DEFAULT 1,
            notify INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, target_account_id)))"),
            QStringLiteral(
                "CREATE INDEX follow_requests_target ON follow_requests(target_account_id, id)"),
        });
}

// Media attachments, polls, edit history, pins, blocks and mutes.
bool migrateTo5(Database &db)
{
    return runAll(
        db,
        {
            // Files live in the media folder under unguessable names; status_id is NULL until
            // the upload is attached to a post.
            QStringLiteral(R"(CREATE TABLE media_attachments (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status_id INTEGER REFERENCES statuses(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            type TEXT NOT NULL,
            mime TEXT NOT NULL,
            file_name TEXT NOT NULL UNIQUE,
            file_size INTEGER NOT NULL,
            preview_name TEXT,
            width INTEGER,
            height INTEGER,
            preview_width INTEGER,
            preview_height INTEGER,
            blurhash TEXT,
            description TEXT NOT NULL DEFAULT '',
            focus_x REAL NOT NULL DEFAULT 0,
            focus_y REAL NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX media_status ON media_attachments(status_id, position)"),
            QStringLiteral("CREATE INDEX media_account ON media_attachments(account_id, id)"),
            // options: JSON array of titles; votes are counted from poll_votes on write.
            QStringLiteral(R"(CREATE TABLE polls (
            id INTEGER PRIMARY KEY,
            status_id INTEGER NOT NULL UNIQUE REFERENCES statuses(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            options TEXT NOT NULL,
            multiple INTEGER NOT NULL DEFAULT 0,
            hide_totals INTEGER NOT NULL DEFAULT 0,
            expires_at INTEGER,
            ended_notified INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE poll_votes (
            poll_id INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            choice INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (poll_id, account_id, choice)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX polls_expiry ON polls(expires_at) "
                           "WHERE ended_notified = 0"),
            // One row per revision, the first being the original (Mastodon's StatusEdit).
            QStringLiteral(R"(CREATE TABLE status_edits (
            id INTEGER PRIMARY KEY,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            content TEXT NOT NULL,
            spoiler_text TEXT NOT NULL DEFAULT '',
            sensitive INTEGER NOT NULL DEFAULT 0,
            media_ids TEXT NOT NULL DEFAULT '[]',
            poll_options TEXT,
            created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX status_edits_status ON status_edits(status_id, id)"),
            // text/plain or text/markdown: how `text` becomes `content` again on edit.
            QStringLiteral("ALTER TABLE statuses ADD COLUMN content_type TEXT"),
            QStringLiteral(R"(CREATE TABLE status_pins (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status_id INTEGER NOT NULL UNIQUE REFERENCES statuses(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX status_pins_account ON status_pins(account_id, id)"),
            // Muted conversations, keyed by the thread's root status.
            QStringLiteral(R"(CREATE TABLE conversation_mutes (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            root_id INTEGER NOT NULL,
            PRIMARY KEY (account_id, root_id)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE blocks (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            target_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, target_account_id)))"),
            QStringLiteral("CREATE INDEX blocks_target ON blocks(target_account_id, account_id)"),
            QStringLiteral(R"(CREATE TABLE mutes (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            target_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            hide_notifications INTEGER NOT NULL DEFAULT 1,
            expires_at INTEGER,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, target_account_id)))"),
        });
}

// Lists, followed tags, filters v2, the FTS5 search index, conversations and notification groups.
// Most upkeep is done by triggers so that every path that writes statuses, tags, follows or
// notifications keeps these tables right without knowing about them.
bool migrateTo6(Database &db)
{
    return runAll(
        db,
        {
            // Hashtags get ids (the Tag entity has one) the first time anyone uses or follows them.
            QStringLiteral(R"(CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE))"),
            QStringLiteral("INSERT OR IGNORE INTO tags (name) SELECT DISTINCT lower(tag) FROM "
                           "status_tags"),
            QStringLiteral(R"(CREATE TABLE tag_follows (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, tag_id)))"),
            QStringLiteral("CREATE INDEX tag_follows_tag ON tag_follows(tag_id)"),
            // A public original with a followed tag enters the follower's home feed (Mastodon's
            // deliver_to_hashtag_followers); it runs before the status's own fan-out.
            QStringLiteral(R"(CREATE TRIGGER status_tags_follow AFTER INSERT ON status_tags BEGIN
            INSERT OR IGNORE INTO tags (name) VALUES (lower(NEW.tag));
            INSERT OR IGNORE INTO home_feed (account_id, status_id)
                SELECT f.account_id, NEW.status_id FROM tag_follows f
                JOIN tags t ON t.id = f.tag_id JOIN statuses s ON s.id = NEW.status_id
                WHERE t.name = NEW.tag AND s.visibility = 0 AND s.reblog_of_id IS NULL;
            END)"),

            QStringLiteral(R"(CREATE TABLE lists (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            replies_policy TEXT NOT NULL DEFAULT 'list',
            exclusive INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX lists_account ON lists(account_id, id)"),
            QStringLiteral(R"(CREATE TABLE list_accounts (
            list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            PRIMARY KEY (list_id, account_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX list_accounts_account ON list_accounts(account_id)"),
            // Lists hold only followed accounts: an unfollow takes the account out of them.
            QStringLiteral(R"(CREATE TRIGGER follows_unlist AFTER DELETE ON follows BEGIN
            DELETE FROM list_accounts WHERE account_id = OLD.target_account_id
                AND list_id IN (SELECT id FROM lists WHERE account_id = OLD.account_id);
            END)"),
            // Members of an exclusive list stay out of the owner's home feed.
            QStringLiteral(R"(CREATE TRIGGER home_feed_exclusive BEFORE INSERT ON home_feed
            WHEN EXISTS (SELECT 1 FROM statuses s JOIN list_accounts la ON la.account_id = s.account_id
                         JOIN lists l ON l.id = la.list_id
                         WHERE s.id = NEW.status_id AND s.account_id <> NEW.account_id
                           AND l.account_id = NEW.account_id AND l.exclusive = 1)
            BEGIN SELECT RAISE(IGNORE); END)"),

            QStringLiteral(R"(CREATE TABLE filters (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            context TEXT NOT NULL DEFAULT '[]',
            action TEXT NOT NULL DEFAULT 'warn',
            expires_at INTEGER,
            created_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX filters_account ON filters(account_id, id)"),
            QStringLiteral(R"(CREATE TABLE filter_keywords (
            id INTEGER PRIMARY KEY,
            filter_id INTEGER NOT NULL REFERENCES filters(id) ON DELETE CASCADE,
            keyword TEXT NOT NULL,
            whole_word INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX filter_keywords_filter ON filter_keywords(filter_id)"),
            QStringLiteral(R"(CREATE TABLE filter_statuses (
            id INTEGER PRIMARY KEY,
            filter_id INTEGER NOT NULL REFERENCES filters(id) ON DELETE CASCADE,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            UNIQUE (filter_id, status_id)))"),
            QStringLiteral("CREATE INDEX filter_statuses_status ON filter_statuses(status_id)"),

            // Full-text index over what people typed (external content: the statuses table).
            // Boosts carry no text of their own and are not indexed.
            QStringLiteral("CREATE VIRTUAL TABLE status_search USING fts5(text, spoiler_text, "
                           "content='statuses', content_rowid='id', "
                           "tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO status_search (rowid, text, spoiler_text) SELECT id, text, "
                           "spoiler_text FROM statuses WHERE reblog_of_id IS NULL"),
            QStringLiteral(R"(CREATE TRIGGER statuses_search_insert AFTER INSERT ON statuses
            WHEN NEW.reblog_of_id IS NULL BEGIN
            INSERT INTO status_search (rowid, text, spoiler_text)
                VALUES (NEW.id, NEW.text, NEW.spoiler_text);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER statuses_search_delete AFTER DELETE ON statuses
            WHEN OLD.reblog_of_id IS NULL BEGIN
            INSERT INTO status_search (status_search, rowid, text, spoiler_text)
                VALUES ('delete', OLD.id, OLD.text, OLD.spoiler_text);
            END)"),
            QStringLiteral(
                R"(CREATE TRIGGER statuses_search_update AFTER UPDATE OF text, spoiler_text
            ON statuses WHEN OLD.reblog_of_id IS NULL BEGIN
            INSERT INTO status_search (status_search, rowid, text, spoiler_text)
                VALUES ('delete', OLD.id, OLD.text, OLD.spoiler_text);
            INSERT INTO status_search (rowid, text, spoiler_text)
                VALUES (NEW.id, NEW.text, NEW.spoiler_text);
            END)"),

            // One row per participant and (thread, other participants), as Mastodon's
            // AccountConversation; its statuses are listed so a deletion can move last_status_id.
            QStringLiteral(R"(CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            thread_id INTEGER NOT NULL,
            participants TEXT NOT NULL,
            last_status_id INTEGER,
            unread INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, thread_id, participants)))"),
            QStringLiteral(
                "CREATE INDEX conversations_account ON conversations(account_id, last_status_id)"),
            QStringLiteral(R"(CREATE TABLE conversation_statuses (
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            status_id INTEGER NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
            PRIMARY KEY (conversation_id, status_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE INDEX conversation_statuses_status ON conversation_statuses(status_id)"),
            QStringLiteral(R"(CREATE TRIGGER conversation_statuses_delete AFTER DELETE
            ON conversation_statuses BEGIN
            UPDATE conversations SET last_status_id = (SELECT max(status_id)
                FROM conversation_statuses WHERE conversation_id = OLD.conversation_id)
                WHERE id = OLD.conversation_id;
            END)"),

            // Mastodon's group keys: favourites and boosts of one status, and follows, share a
            // key per hour bucket, reusing the previous bucket while it is under 12 hours old;
            // everything else is "ungrouped-<id>" (NULL here).
            QStringLiteral("ALTER TABLE notifications ADD COLUMN group_key TEXT"),
            QStringLiteral(R"(CREATE TRIGGER notifications_group_key AFTER INSERT ON notifications
            WHEN NEW.type IN ('favourite', 'reblog', 'follow', 'admin.sign_up') BEGIN
            UPDATE notifications SET group_key = (
                SELECT prefix || '-' || (CASE WHEN prev IS NOT NULL AND hour < prev + 12
                                         THEN prev ELSE hour END)
                FROM (SELECT prefix, NEW.created_at / 3600000 AS hour,
                      (SELECT CAST(substr(o.group_key, length(prefix) + 2) AS INTEGER)
                       FROM notifications o WHERE o.account_id = NEW.account_id
                         AND o.id <> NEW.id AND o.group_key GLOB prefix || '-[0-9]*'
                         AND o.created_at >= NEW.created_at - 43200000
                       ORDER BY o.id DESC LIMIT 1) AS prev
                      FROM (SELECT NEW.type || CASE WHEN NEW.type IN ('favourite', 'reblog')
                                   THEN '-' || NEW.status_id ELSE '' END AS prefix)))
                WHERE id = NEW.id;
            END)"),
            QStringLiteral("CREATE INDEX notifications_group ON notifications(account_id, "
                           "group_key) WHERE group_key IS NOT NULL"),
        });
}

// Reports filed by users of this server (POST /api/v1/reports), read by its admins.
bool migrateTo7(Database &db)
{
    return runAll(db, {
                          QStringLiteral(R"(CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            target_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            category TEXT NOT NULL DEFAULT 'other',
            comment TEXT NOT NULL DEFAULT '',
            forward INTEGER NOT NULL DEFAULT 0,
            status_ids TEXT NOT NULL DEFAULT '[]',
            rule_ids TEXT NOT NULL DEFAULT '[]',
            created_at INTEGER NOT NULL,
            resolved_at INTEGER))"),
                          QStringLiteral("CREATE INDEX reports_open ON reports(resolved_at, id)"),
                      });
}

using Step = bool (*)(Database &);
constexpr Step kSteps[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4,
                           migrateTo5, migrateTo6, migrateTo7};

} // namespace

int latestMigration()
{
    return int(std::size(kSteps));
}

bool runMigrations(Database &db, int from, int *reached, QString *error)
{
    *reached = from;
    for (int version = from + 1; version <= latestMigration(); ++version) {
        Database::Transaction tx(db);
        if (!kSteps[version - 1](db) ||
            !db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !tx.commit()) {
            if (error)
                *error = QStringLiteral("migration to schema %1 failed").arg(version);
            return false;
        }
        *reached = version;
    }
    return true;
}

} // namespace tusk::server
