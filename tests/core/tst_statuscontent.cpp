// The bridge from entities to the content pipeline: a status as a view shows it.
#include "core/content/statuscontent.h"
#include "core/entities/status.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace tusk;

namespace {

Status statusFrom(const QByteArray &json)
{
    const auto parsed = Status::fromJson(QJsonDocument::fromJson(json).object());
    if (!parsed.ok())
        qFatal("fixture does not parse: %s", qPrintable(parsed.error().toString()));
    return parsed.value();
}

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(TUSKLINE_SOURCE_DIR "/tests/core/data/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

Status boostStatus()
{
    return statusFrom(readData("boost-with-mentions.json"));
}

} // namespace

class TestStatusContent : public QObject {
    Q_OBJECT
private slots:
    void boostRendersTheBoostedStatus()
    {
        const Status boost = boostStatus();
        content::HtmlSanitizer sanitizer;
        const content::RichContent rich = content::renderStatusContent(sanitizer, boost);
        QVERIFY(!rich.html.contains(QLatin1String("script")));
        QVERIFY(!rich.plainText.contains(QLatin1String("alert")));
        QVERIFY2(rich.html.contains(QLatin1String("https://e.example/w.png")),
                 qPrintable(rich.html));
        QCOMPARE(rich.links.size(), 2);
        QCOMPARE(rich.links.at(0).kind, content::ContentLink::Kind::Mention);
        QCOMPARE(rich.links.at(0).accountId, QStringLiteral("9"));
        QCOMPARE(rich.links.at(1).kind, content::ContentLink::Kind::Hashtag);
        QCOMPARE(rich.links.at(1).tag, QStringLiteral("qt"));
    }

    void spoilerIsPlainTextWithEmoji()
    {
        const Status boost = boostStatus();
        const content::RichContent cw = content::renderSpoiler(boost);
        QVERIFY(cw.plainText.startsWith(QLatin1String("food")));
        QVERIFY(cw.html.contains(QLatin1String("<img")));
        QVERIFY(content::renderSpoiler(
                    statusFrom("{\"id\":\"3\",\"created_at\":\"2024-01-01T00:00:00Z\", "
                               "\"account\":{\"id\":\"1\",\"username\":\"u\",\"acct\":\"u\"},"
                               "\"content\":\"<p>x</p>\"}"))
                    .html.isEmpty());
    }

    void sourceTextWhenThereIsNoHtml()
    {
        const Status redraft =
            statusFrom("{\"id\":\"4\",\"created_at\":\"2024-01-01T00:00:00Z\", "
                       "\"account\":{\"id\":\"1\",\"username\":\"u\",\"acct\":\"u\"},\"content\":"
                       "\"\", \"text\":\"line one\\n<b>not bold</b> https://example.org/x\"}");
        content::HtmlSanitizer sanitizer;
        const content::RichContent rich = content::renderStatusContent(sanitizer, redraft);
        QVERIFY(rich.plainText.contains(QLatin1String("<b>not bold</b>")));
        QVERIFY(!rich.html.contains(QLatin1String("<b>")));
        QCOMPARE(rich.links.size(), 1);
        QCOMPARE(rich.links.at(0).href, QStringLiteral("https://example.org/x"));
    }

    void displayNameFallsBackToUsername()
    {
        const Status boost = boostStatus();
        QCOMPARE(content::renderDisplayName(boost.account), QStringLiteral("booster"));
        const QString alice = content::renderDisplayName(boost.reblog->account);
        QVERIFY(alice.startsWith(QLatin1String("Alice ")));
        QVERIFY(alice.contains(QLatin1String("<img")));
    }

    void accountNoteIsSanitized()
    {
        Account account;
        account.note =
            QStringLiteral("<p onclick=\"x()\">Bio <a href=\"javascript:x()\">x</a></p>");
        content::HtmlSanitizer sanitizer;
        const content::RichContent note = content::renderAccountNote(sanitizer, account);
        QVERIFY(!note.html.contains(QLatin1String("onclick")));
        QVERIFY(!note.html.contains(QLatin1String("javascript")));
        QCOMPARE(note.plainText, QStringLiteral("Bio x"));
    }
};

QTEST_GUILESS_MAIN(TestStatusContent)
#include "tst_statuscontent.moc"
