// Runs the sanitizer over every content, note, spoiler_text and display_name string in the
// fixture JSON (real output of Mastodon, GoToSocial, Pleroma/Akkoma, Misskey forks, ...) and checks
// the invariants of tst_content_invariants.h on each, with the object's own emoji, mentions and
// tags.
#include "core/content/htmlsanitizer.h"
#include "core/content/plaintextcontent.h"
#include "tst_content_invariants.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace tusk::content;
using tusk::content::testing::checkInvariants;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

class TestContentFixtures : public QObject {
    Q_OBJECT

private slots:
    void fixtures();
};

void TestContentFixtures::fixtures()
{
    QString root = qEnvironmentVariable("TUSKLINE_FIXTURES");
    if (root.isEmpty())
        root = QStringLiteral(TUSKLINE_FIXTURES_DIR);
    QVERIFY2(QDir(root).exists(), qPrintable(root));

    static const QStringList keys{u("content"), u("note"), u("spoiler_text"), u("display_name")};
    int files = 0, strings = 0, links = 0;
    QHash<QString, int> perKey;
    HtmlSanitizer sanitizer;

    std::function<void(const QJsonValue &, const QString &)> visit = [&](const QJsonValue &v,
                                                                         const QString &file) {
        if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                visit(x, file);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        ContentContext context;
        for (const QJsonValue &e : o.value(u("emojis")).toArray()) {
            const QJsonObject eo = e.toObject();
            context.emojis.append({eo.value(u("shortcode")).toString(),
                                   eo.value(u("url")).toString(),
                                   eo.value(u("static_url")).toString()});
        }
        for (const QJsonValue &m : o.value(u("mentions")).toArray()) {
            const QJsonObject mo = m.toObject();
            context.mentions.append(
                {mo.value(u("id")).toVariant().toString(), mo.value(u("username")).toString(),
                 mo.value(u("acct")).toString(), mo.value(u("url")).toString()});
        }
        for (const QJsonValue &t : o.value(u("tags")).toArray()) {
            const QJsonObject to = t.toObject();
            context.tags.append({to.value(u("name")).toString(), to.value(u("url")).toString()});
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (keys.contains(it.key()) && it.value().isString()) {
                const QString text = it.value().toString();
                const QString what = file + u(" ") + it.key() + u(": ") + text.left(200);
                const RichContent c = sanitizer.sanitize(text, context);
                checkInvariants(c, context, what);
                if (QTest::currentTestFailed())
                    return;
                static const QRegularExpression markup(u("<(p|span|a|br|div|img)[\\s>/]"));
                QVERIFY2(!markup.match(c.plainText).hasMatch(),
                         qPrintable(what + u("\n") + c.plainText));
                // Every visible character of a link is in the plain text.
                for (const ContentLink &l : c.links)
                    QVERIFY2(c.plainText.contains(l.text), qPrintable(what));
                if (it.key() == u("display_name")) {
                    const QString name = displayNameToHtml(text, context.emojis);
                    QVERIFY(!name.contains(u("<script")));
                    QVERIFY(!name.contains(u("<p")));
                }
                ++strings;
                ++perKey[it.key()];
                links += int(c.links.size());
            }
            visit(it.value(), file);
        }
    };

    QDirIterator it(root, {u("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            continue; // not ours to judge; the entity tests cover malformed JSON
        ++files;
        visit(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
              QDir(root).relativeFilePath(path));
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("checked %d strings (content %d, note %d, spoiler_text %d, display_name %d) from %d "
          "files, %d links",
          strings, perKey.value(u("content")), perKey.value(u("note")),
          perKey.value(u("spoiler_text")), perKey.value(u("display_name")), files, links);
    QVERIFY(files > 500);
    QVERIFY(perKey.value(u("content")) > 200);
    QVERIFY(links > 100);
}

QTEST_GUILESS_MAIN(TestContentFixtures)
#include "tst_content_fixtures.moc"
