#include "cache/database.h"

#include "cache/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace tusk::cache {

Database::Database()
    : m_connectionName(QStringLiteral("tuskline-cache-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

QString Database::pathForAccount(const QString &accountKey, const QString &baseDir)
{
    const QString base = baseDir.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : baseDir;
    // The key is "user@host:port"; keep it readable but free of path separators.
    QString safe = accountKey;
    for (QChar &c : safe) {
        if (!(c.isLetterOrNumber() || c == u'@' || c == u'.' || c == u'-' || c == u'_'))
            c = u'_';
    }
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'_');
    return base + QStringLiteral("/accounts/") + safe + QStringLiteral("/cache.sqlite3");
}

QString Database::describe(const QSqlError &error) const
{
    const QString native = error.nativeErrorCode();
    // SQLite primary result codes (extended codes keep them in the low byte).
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return tr("The disk is full; the cache of %1 cannot be written.").arg(m_path);
    case 8: // SQLITE_READONLY
        return tr("The cache file %1 is read-only.").arg(m_path);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The cache file %1 is damaged or not a database (%2).")
            .arg(m_path, error.databaseText());
    case 14: // SQLITE_CANTOPEN
        return tr("The cache file %1 cannot be opened (%2).").arg(m_path, error.databaseText());
    default:
        return tr("The cache %1 failed: %2").arg(m_path, error.text());
    }
}

bool Database::open(const QString &path, QString *error, int targetVersion)
{
    close();
    m_path = path;
    const auto fail = [&](const QString &message) {
        m_lastError = message;
        if (error)
            *error = message;
        qCWarning(lcCache).noquote() << message;
        close();
        return false;
    };

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the cache.").arg(info.absolutePath()));
    if (info.exists() && !info.isWritable())
        return fail(tr("The cache file %1 is read-only.").arg(path));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(describe(m_db.lastError()));
    m_open = true;

    // The first statements touch the file: a garbage file fails here with SQLITE_NOTADB.
    const char *const pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   // WAL + NORMAL: a killed process loses nothing committed;
                                   // only a power cut may lose the last transactions.
                                   "PRAGMA synchronous=NORMAL",
                                   // Statuses are a few KiB each: 8 MiB of page cache keeps a
                                   // full timeline's pages in memory instead of re-reading them.
                                   "PRAGMA cache_size=-8192"};
    for (const char *pragma : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QLatin1String(pragma)))
            return fail(describe(q.lastError()));
        if (QByteArrayView(pragma).startsWith("PRAGMA journal_mode") && q.next() &&
            q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            // A read-only directory cannot hold the -wal/-shm files.
            return fail(tr("The cache %1 cannot be written (journal mode %2).")
                            .arg(path, q.value(0).toString()));
        }
    }

    const int version = schemaVersion();
    if (version < 0)
        return fail(describe(m_db.lastError()));
    if (version > kSchemaVersion) {
        return fail(tr("The cache %1 was written by a newer version of Tuskline (schema %2, this "
                       "version knows %3).")
                        .arg(path)
                        .arg(version)
                        .arg(kSchemaVersion));
    }
    QString migrateError;
    if (version < targetVersion && !migrate(version, targetVersion, &migrateError))
        return fail(migrateError);

    // A write probe: a read-only file or a full disk shows up now rather than at the first save.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS write_probe (x INTEGER)")) ||
        !probe.exec(QStringLiteral("DROP TABLE write_probe")))
        return fail(describe(probe.lastError()));
    m_lastError.clear();
    qCDebug(lcCache) << "opened cache" << path << "schema" << schemaVersion();
    return true;
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
    m_txDepth = 0;
    m_txFailed = false;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(int from, int to, QString *error)
{
    // Fall-through: an empty file runs every step, an older one only the missing ones.
    for (int v = from + 1; v <= to; ++v) {
        if (!runStep(v, migrationStatements(v), error))
            return false;
        qCInfo(lcCache) << "cache" << m_path << "migrated to schema" << v;
    }
    return true;
}

bool Database::runStep(int version, const QStringList &statements, QString *error)
{
    if (!m_db.transaction()) {
        *error = describe(m_db.lastError());
        return false;
    }
    QSqlQuery q(m_db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = tr("Upgrading the cache %1 to schema %2 failed: %3")
                         .arg(m_path)
                         .arg(version)
                         .arg(describe(q.lastError()));
            m_db.rollback();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !m_db.commit()) {
        *error = describe(q.lastError().isValid() ? q.lastError() : m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_lastError = describe(q.lastError());
            qCWarning(lcCache).noquote() << "prepare failed:" << m_lastError << sql;
        }
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = describe(query.lastError());
    qCWarning(lcCache).noquote() << m_lastError;
    if (m_txDepth > 0)
        m_txFailed = true;
    return false;
}

bool Database::begin()
{
    if (m_txDepth++ > 0)
        return true;
    m_txFailed = false;
    if (!m_db.transaction()) {
        m_lastError = describe(m_db.lastError());
        m_txDepth = 0;
        return false;
    }
    return true;
}

bool Database::commit()
{
    if (m_txDepth == 0)
        return false;
    if (--m_txDepth > 0)
        return !m_txFailed;
    for (auto &q : m_statements)
        q.finish();
    if (m_txFailed) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_lastError = describe(m_db.lastError());
        qCWarning(lcCache).noquote() << m_lastError;
        m_db.rollback();
        return false;
    }
    return true;
}

void Database::rollback()
{
    if (m_txDepth == 0)
        return;
    m_txFailed = true;
    if (--m_txDepth > 0)
        return;
    for (auto &q : m_statements)
        q.finish();
    m_db.rollback();
}

} // namespace tusk::cache
