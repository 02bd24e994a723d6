#include "richtextlinks.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

namespace tusk::views {

QVariantList RichTextLinks::links(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    QVariantList out;
    QString lastHref;
    QString text;
    const auto flush = [&] {
        if (!lastHref.isEmpty())
            out.append(QVariantMap{{QStringLiteral("text"), text.trimmed()},
                                   {QStringLiteral("url"), lastHref}});
        lastHref.clear();
        text.clear();
    };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            if (href != lastHref)
                flush();
            if (!href.isEmpty()) {
                lastHref = href;
                // Emoji images inside a link are U+FFFC in the document; leave them out.
                text += fragment.text().remove(QChar::ObjectReplacementCharacter);
            }
        }
        flush();
    }
    return out;
}

QString RichTextLinks::hashtagOf(const QString &url)
{
    const QString path = QUrl(url).path();
    static const QString marker = QStringLiteral("/tags/");
    const qsizetype at = path.lastIndexOf(marker);
    if (at < 0)
        return {};
    const QString tag = path.mid(at + marker.size());
    return tag.contains(QLatin1Char('/')) ? QString() : QUrl::fromPercentEncoding(tag.toUtf8());
}

} // namespace tusk::views
