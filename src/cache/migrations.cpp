// The cache schema, one step per version. Never edit a released step: add a new one.
#include "cache/database.h"

namespace tusk::cache {

QStringList migrationStatements(int version)
{
    switch (version) {
    case 1:
        return {
            // A status as its toJson() text; a boost keeps its wrapper here with `reblog` taken
            // out (reblog_of points at the original's row), so an edit or favourite of the
            // original shows through every boost of it.
            QStringLiteral("CREATE TABLE statuses ("
                           " id TEXT PRIMARY KEY,"
                           " sort_key TEXT NOT NULL,"
                           " created_at INTEGER,"
                           " account_id TEXT,"
                           " reblog_of TEXT,"
                           " in_reply_to TEXT,"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX statuses_reblog_of ON statuses(reblog_of)"),
            QStringLiteral("CREATE INDEX statuses_account ON statuses(account_id)"),
            QStringLiteral("CREATE INDEX statuses_in_reply_to ON statuses(in_reply_to)"),
            QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, acct TEXT, json TEXT NOT "
                           "NULL)"),
            QStringLiteral("CREATE TABLE relationships (id TEXT PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE notifications ("
                           " id TEXT PRIMARY KEY,"
                           " type TEXT,"
                           " created_at INTEGER,"
                           " account_id TEXT,"
                           " status_id TEXT,"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notifications_status ON notifications(status_id)"),
            QStringLiteral("CREATE INDEX notifications_account ON notifications(account_id)"),
            // ordering: 0 = by id (sort keys from ids), 1 = server order (positional keys).
            QStringLiteral("CREATE TABLE timelines ("
                           " name TEXT PRIMARY KEY,"
                           " ordering INTEGER NOT NULL DEFAULT 0,"
                           " reached_end INTEGER NOT NULL DEFAULT 0,"
                           " older_cursor TEXT,"
                           " position_id TEXT,"
                           " position_offset INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE timeline_items ("
                           " timeline TEXT NOT NULL REFERENCES timelines(name) ON DELETE CASCADE,"
                           " item_id TEXT NOT NULL,"
                           " sort_key TEXT NOT NULL,"
                           " PRIMARY KEY (timeline, item_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE UNIQUE INDEX timeline_items_order ON timeline_items(timeline, "
                           "sort_key)"),
            QStringLiteral("CREATE INDEX timeline_items_item ON timeline_items(item_id)"),
            // A gap: items may be missing strictly between the stored items with keys older_key
            // and newer_key. max_id/min_id are the cursors that fetch into it from either end.
            QStringLiteral("CREATE TABLE gaps ("
                           " timeline TEXT NOT NULL REFERENCES timelines(name) ON DELETE CASCADE,"
                           " newer_key TEXT NOT NULL,"
                           " older_key TEXT NOT NULL,"
                           " max_id TEXT NOT NULL,"
                           " min_id TEXT NOT NULL,"
                           " PRIMARY KEY (timeline, newer_key))"),
        };
    case 2:
        // The offline action queue; see actionqueue.h for the state machine.
        return {
            QStringLiteral("CREATE TABLE actions ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL,"
                           " target_id TEXT,"
                           " payload TEXT NOT NULL DEFAULT '{}',"
                           " idempotency_key TEXT,"
                           " state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT,"
                           " result_id TEXT,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX actions_state ON actions(state, seq)"),
            QStringLiteral("CREATE INDEX actions_target ON actions(target_id)"),
        };
    default:
        return {};
    }
}

} // namespace tusk::cache
