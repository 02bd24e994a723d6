#pragma once
// Properties every sanitizer output must have, shared by the content tests.
#include "core/content/htmlsanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace tusk::content::testing {

// Checks what must hold for every output, whatever the input. Regular expressions are fine
// here: they read our own, already normalised output.
inline void checkInvariants(const RichContent &c, const ContentContext &context,
                            const QString &what, const SanitizeOptions &options = {})
{
    static const QRegularExpression tagRe(QStringLiteral("<(/?)([a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression attrsRe(
        QStringLiteral("^(| dir=\"(ltr|rtl)\"| href=\"(https?://|mailto:)[^\"<>]*\"( "
                       "class=\"(mention|hashtag)\")?)$"));
    static const QRegularExpression imgRe(
        QStringLiteral("^ src=\"https?://[^\"<>]*\" width=\"\\d+\" height=\"\\d+\" "
                       "align=\"middle\" alt=\":\\w+:\"$"));
    static const QSet<QString> allowed{
        QStringLiteral("p"),          QStringLiteral("br"),   QStringLiteral("a"),
        QStringLiteral("strong"),     QStringLiteral("em"),   QStringLiteral("u"),
        QStringLiteral("s"),          QStringLiteral("code"), QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("ul"),   QStringLiteral("ol"),
        QStringLiteral("li"),         QStringLiteral("sub"),  QStringLiteral("sup"),
        QStringLiteral("img")};
    QStringList open;
    auto it = tagRe.globalMatch(c.html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(2);
        QVERIFY2(allowed.contains(name),
                 qPrintable(what + QStringLiteral(": tag ") + m.captured(0)));
        if (name == QStringLiteral("img")) {
            QVERIFY2(imgRe.match(m.captured(3)).hasMatch(),
                     qPrintable(what + QStringLiteral(": ") + m.captured(0)));
            continue;
        }
        if (name == QStringLiteral("br")) {
            QCOMPARE(m.captured(3), QString());
            continue;
        }
        QVERIFY2(attrsRe.match(m.captured(3)).hasMatch(),
                 qPrintable(what + QStringLiteral(": ") + m.captured(0)));
        if (m.captured(1).isEmpty()) {
            open.append(name);
        } else {
            QVERIFY2(!open.isEmpty() && open.last() == name,
                     qPrintable(what + QStringLiteral(": unbalanced")));
            open.removeLast();
        }
    }
    QVERIFY2(open.isEmpty(),
             qPrintable(what + QStringLiteral(": unclosed ") + open.join(QStringLiteral(","))));
    const QString lower = c.html.toLower();
    QVERIFY(!lower.contains(QStringLiteral("<script")));
    QVERIFY(!lower.contains(QStringLiteral("href=\"javascript:")));
    QVERIFY(!lower.contains(QStringLiteral("style=")));
    QVERIFY(!c.html.contains(QChar(0)));
    QVERIFY(!c.html.contains(QChar(0x202E)));
    QVERIFY(!c.plainText.contains(QChar(0x202E)));
    // Stable: a second pass changes nothing.
    const RichContent again = sanitizeHtml(c.html, context, options);
    QVERIFY2(again.html == c.html,
             qPrintable(what + QStringLiteral("\nfirst:  ") + c.html.left(2000) +
                        QStringLiteral("\nsecond: ") + again.html.left(2000)));
    // A link spanning blocks is written as one <a> per block, read back as several.
    QVERIFY(again.links.size() >= c.links.size());
}

} // namespace tusk::content::testing
