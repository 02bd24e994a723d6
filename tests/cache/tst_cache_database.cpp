// Database: per-account SQLite files, versioned migrations, clear errors on bad files.
#include "cache/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tusk::cache;

namespace {

QStringList tables(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestCacheDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pathForAccount()
    {
        const QString p = Database::pathForAccount(QStringLiteral("alice@example.org:8443"),
                                                   QStringLiteral("/b"));
        QCOMPARE(p, QStringLiteral("/b/accounts/alice@example.org_8443/cache.sqlite3"));
        const QString sneaky =
            Database::pathForAccount(QStringLiteral("../../etc/passwd"), QStringLiteral("/b"));
        QVERIFY2(!sneaky.contains(u"/../") && sneaky.startsWith(u"/b/accounts/"),
                 qPrintable(sneaky));
    }

    void migratesEmptyFileToCurrent()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        const QString path = dir.filePath(QStringLiteral("a/b/cache.sqlite3"));
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        const QStringList t = tables(db);
        for (const char *name : {"statuses", "accounts", "relationships", "notifications",
                                 "timelines", "timeline_items", "gaps", "actions"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        QVERIFY(!t.contains(QStringLiteral("write_probe")));
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
    }

    void migratesOlderSchemaKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite3"));
        QString error;
        {
            Database v1;
            QVERIFY2(v1.open(path, &error, 1), qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
            QVERIFY(!tables(v1).contains(QStringLiteral("actions")));
            QSqlQuery q(v1.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO statuses (id, sort_key, json) VALUES "
                                          "('7', '00017', '{\"id\":\"7\"}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO timelines (name) VALUES ('home')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO timeline_items VALUES ('home', '7', "
                                          "'00017')")));
        }
        Database current;
        QVERIFY2(current.open(path, &error), qPrintable(error));
        QCOMPARE(current.schemaVersion(), 2);
        QVERIFY(tables(current).contains(QStringLiteral("actions")));
        QSqlQuery q(current.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT t.item_id, s.json FROM timeline_items t JOIN "
                                      "statuses s ON s.id = t.item_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("7"));
        // Foreign keys hold in the migrated file: removing the timeline removes its items.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM timelines WHERE name = 'home'")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM timeline_items")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite3"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"newer version"), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void garbageFileIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(200);
        QByteArray random(8192, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("binary") << random;
        // A real header with a damaged body.
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\x5a'));
        QTest::newRow("sqlite header, garbage pages") << header;
    }
    void garbageFileIsAClearError()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite3"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path) && (error.contains(u"damaged") || error.contains(u"fail")),
                 qPrintable(error));
        QVERIFY(!db.isOpen());
        // The user's file is left as it was (no silent reset).
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content);
    }

    void readOnlyDirectoryIsAClearError()
    {
        QTemporaryDir dir;
        const QString ro = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QString path = ro + QStringLiteral("/sub/cache.sqlite3");
        if (::geteuid() == 0) {
            // Permissions do not bind root; /proc refuses new files to everyone.
            path = QStringLiteral("/proc/self/tuskline-cache/cache.sqlite3");
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"folder") || error.contains(u"cannot"), qPrintable(error));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
    }

    void readOnlyFileIsAClearError()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not stop root from writing");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite3"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"read-only"), qPrintable(error));
    }

    void severalAccountsAtOnce()
    {
        QTemporaryDir dir;
        Database a, b, sameAsA;
        QString error;
        QVERIFY(a.open(Database::pathForAccount(QStringLiteral("a@x"), dir.path()), &error));
        QVERIFY(b.open(Database::pathForAccount(QStringLiteral("b@x"), dir.path()), &error));
        QVERIFY2(sameAsA.open(a.path(), &error), qPrintable(error));
        QSqlQuery qa(a.connection());
        QVERIFY(qa.exec(QStringLiteral("INSERT INTO timelines (name) VALUES ('home')")));
        QSqlQuery qb(b.connection());
        QVERIFY(qb.exec(QStringLiteral("SELECT count(*) FROM timelines")));
        QVERIFY(qb.next());
        QCOMPARE(qb.value(0).toInt(), 0);
        QSqlQuery q2(sameAsA.connection());
        QVERIFY(q2.exec(QStringLiteral("SELECT count(*) FROM timelines")));
        QVERIFY(q2.next());
        QCOMPARE(q2.value(0).toInt(), 1);
    }

    void nestedTransactions()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite3")), &error));
        QVERIFY(db.begin());
        QVERIFY(db.begin());
        QSqlQuery &ins = db.prepared(QStringLiteral("INSERT INTO timelines (name) VALUES (?)"));
        ins.addBindValue(QStringLiteral("x"));
        QVERIFY(db.exec(ins));
        db.rollback(); // the inner failure dooms the outer transaction
        QVERIFY(!db.commit());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM timelines")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A failing statement is reported with words, not a crash.
        QSqlQuery &bad = db.prepared(QStringLiteral("INSERT INTO timelines (nope) VALUES (1)"));
        QVERIFY(!db.exec(bad));
        QVERIFY(!db.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cache_database.moc"
