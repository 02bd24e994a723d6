#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tusk::cache {

// One account's cache file: an SQLite database in WAL mode with foreign keys on, versioned by
// `PRAGMA user_version` and brought up to date by a fall-through of migrateToN() steps, each in
// its own transaction. Every instance has its own connection name, so several accounts (and
// tests) can have their caches open at once. Not thread-safe: use it from one thread.
//
//   Database db;
//   if (!db.open(Database::pathForAccount(key), &error)) show(error);
//   QSqlQuery &q = db.prepared("SELECT json FROM statuses WHERE id = ?");
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // The newest schema this build knows. 1: statuses, accounts, notifications, timelines, gaps;
    // 2: the offline action queue.
    static constexpr int kSchemaVersion = 2;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // <AppDataLocation>/accounts/<key as a file name>/cache.sqlite3, or under `baseDir` if given.
    static QString pathForAccount(const QString &accountKey, const QString &baseDir = {});

    // Opens (creating the file and its directory if needed) and migrates to `targetVersion`
    // (tests use an older target to build old schemas). A file that is not a database, is
    // read-only, or was written by a newer Tuskline gives false and a sentence in `error`.
    bool open(const QString &path, QString *error, int targetVersion = kSchemaVersion);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // A statement prepared once per connection and reused (bound values are reset by the caller
    // through addBindValue/bindValue before exec()).
    QSqlQuery &prepared(const QString &sql);
    // Runs a prepared statement; on failure records lastError() and logs it.
    bool exec(QSqlQuery &query);

    // Nested transactions share the outermost one; only the outermost commit writes.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_txDepth > 0; }

    // The last SQLite failure in words (disk full, read-only, corrupt), empty if none.
    QString lastError() const { return m_lastError; }
    QSqlDatabase &connection() { return m_db; }

private:
    bool migrate(int from, int to, QString *error);
    bool runStep(int version, const QStringList &statements, QString *error);
    QString describe(const QSqlError &error) const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_open = false;
    int m_txDepth = 0;
    bool m_txFailed = false;
    QString m_lastError;
};

// The schema steps; migrations.cpp. Step N brings version N-1 to N.
QStringList migrationStatements(int version);

} // namespace tusk::cache
