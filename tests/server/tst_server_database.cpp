// The store's Database: prepared statements stay where they are while others are prepared, so
// code may hold two at once (an interop run crashed when a QHash rehash moved one).
#include "server/store/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <vector>

using tusk::server::Database;

class TestServerDatabase : public QObject {
    Q_OBJECT

private slots:
    void statementsStayPut();
};

void TestServerDatabase::statementsStayPut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("db.sqlite3")), &error), qPrintable(error));
    QSqlQuery &first = db.query("SELECT 41 + 1");
    // Statements are keyed by address: these strings outlive the database below.
    std::vector<QByteArray> sql;
    for (int i = 0; i < 500; ++i)
        sql.push_back(QByteArray("SELECT ") + QByteArray::number(i));
    for (const QByteArray &s : sql)
        db.query(s.constData());
    QCOMPARE(&db.query("SELECT 41 + 1"), &first);
    QVERIFY(Database::run(first));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toInt(), 42);
    first.finish();
    db.close();
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_server_database.moc"
