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

// Media attachments, polls, edit history, pins, blocks and mutes (filled in by the work on those
// routes; an empty step keeps the numbering stable while it lands).
bool migrateTo5(Database &db)
{
    return runAll(db, {});
}

// Lists, followed tags, filters v2, the FTS5 search index and conversations.
bool migrateTo6(Database &db)
{
    return runAll(db, {});
}

using Step = bool (*)(Database &);
constexpr Step kSteps[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6};

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
