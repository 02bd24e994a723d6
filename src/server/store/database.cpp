#include "server/store/database.h"

#include "server/logging.h"

#include <QAtomicInt>

#include <QSqlError>
#include <atomic>

namespace tusk::server {

// migrations.cpp
bool runMigrations(Database &db, int from, int *reached, QString *error);
int latestMigration();

Database::Database()
{
    static QAtomicInt counter;
    m_name = QStringLiteral("tuskline-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-4000"}) {
        if (!execute(QString::fromLatin1(pragma))) {
            if (error)
                *error = QStringLiteral("%1 failed").arg(QLatin1String(pragma));
            return false;
        }
    }
    return migrate(error);
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return latestMigration();
}

bool Database::migrate(QString *error)
{
    const int from = schemaVersion();
    if (from > latestMigration()) {
        if (error)
            *error = QStringLiteral("database schema %1 is newer than this server (%2)")
                         .arg(from)
                         .arg(latestMigration());
        return false;
    }
    int reached = from;
    const bool ok = runMigrations(*this, from, &reached, error);
    if (reached != from)
        qCInfo(lcServer) << "database migrated from schema" << from << "to" << reached;
    return ok;
}

QSqlQuery &Database::query(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(QString::fromUtf8(sql)))
            qCCritical(lcServer) << "prepare failed:" << q.lastError().text() << sql;
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second;
}

namespace {
std::atomic<quint64> g_writeGeneration{0};
}

quint64 Database::writeGeneration()
{
    return g_writeGeneration.load(std::memory_order_relaxed);
}

bool Database::run(QSqlQuery &q)
{
    const bool ok = q.exec();
    if (!q.isSelect())
        g_writeGeneration.fetch_add(1, std::memory_order_relaxed);
    if (ok)
        return true;
    qCWarning(lcServer) << "query failed:" << q.lastError().text() << q.lastQuery();
    return false;
}

bool Database::execute(const QString &sql)
{
    g_writeGeneration.fetch_add(1, std::memory_order_relaxed);
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    qCWarning(lcServer) << "statement failed:" << q.lastError().text() << sql;
    return false;
}

void bindN(QSqlQuery &q, int index, const QVariant &value)
{
    static const QStringList names = [] {
        QStringList n;
        for (int i = 1; i <= 16; ++i)
            n << QStringLiteral(":p%1").arg(i);
        return n;
    }();
    q.bindValue(names.at(index), value);
}

Database::Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.m_txDepth++ == 0) {
        m_db.m_txFailed = false;
        // IMMEDIATE: take the write lock now rather than fail half-way on upgrade.
        m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

Database::Transaction::~Transaction()
{
    if (!m_done) {
        m_db.m_txFailed = true;
        if (--m_db.m_txDepth == 0)
            m_db.execute(QStringLiteral("ROLLBACK"));
    }
}

bool Database::Transaction::commit()
{
    m_done = true;
    if (--m_db.m_txDepth > 0)
        return true;
    if (m_db.m_txFailed) {
        m_db.execute(QStringLiteral("ROLLBACK"));
        return false;
    }
    return m_db.execute(QStringLiteral("COMMIT"));
}

} // namespace tusk::server
