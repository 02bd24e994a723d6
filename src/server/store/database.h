#pragma once
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <unordered_map>

namespace tusk::server {

// One SQLite file through QSQLITE on one connection (the server runs on one thread). Opens it with
// WAL, foreign keys, a busy timeout and synchronous=FULL, then migrates the schema.
//
// Why FULL and not NORMAL: in WAL mode NORMAL already survives a killed process, but a power cut
// or OS crash can lose the last commits - ones the API has already answered 200 for. FULL syncs
// the WAL on every commit, which costs one fsync per write request and nothing on reads.
class Database {
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    int schemaVersion();
    static int latestSchemaVersion();

    // A prepared statement for `sql`, prepared once per connection and reused. Key on the literal's
    // address: call with string literals (or other storage that outlives the database). The
    // reference stays valid until close(), so a caller may hold several at once (preparing a
    // new statement never moves the others: the map is node-based, unlike QHash).
    QSqlQuery &query(const char *sql);
    // exec() that logs failures (without bound values: they may be secrets). Every statement that
    // is not a SELECT bumps writeGeneration().
    static bool run(QSqlQuery &q);
    // Changes whenever any Database in this process may have written: caches of rendered
    // responses compare it to know they are still current.
    static quint64 writeGeneration();
    bool execute(const QString &sql); // one-off statements (migrations, pragmas)

    QSqlDatabase &connection() { return m_db; }

    // RAII transaction; rolls back unless commit() was called. Nests by counting (only the
    // outermost one talks to SQLite).
    class Transaction {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        bool commit();

    private:
        Database &m_db;
        bool m_done = false;
    };

private:
    bool migrate(QString *error);

    QString m_name;
    QSqlDatabase m_db;
    std::unordered_map<const char *, QSqlQuery> m_statements;
    int m_txDepth = 0;
    bool m_txFailed = false;
};

// Statements that repeat a parameter use named ones (:p1, :p2, ...): QSQLITE miscounts SQLite's
// numbered ?1 placeholders. `index` 0 binds :p1.
void bindN(QSqlQuery &q, int index, const QVariant &value);
// Never NULL: a null QString would bind as SQL NULL into a NOT NULL text column.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace tusk::server
