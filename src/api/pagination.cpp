#include "api/pagination.h"

#include <QStringList>

namespace tusk::api {

void PageCursor::applyTo(QUrlQuery &query) const
{
    const auto set = [&query](const QString &key, const QString &value) {
        query.removeAllQueryItems(key);
        if (!value.isEmpty())
            query.addQueryItem(key, value);
    };
    set(QStringLiteral("max_id"), maxId);
    set(QStringLiteral("min_id"), minId);
    set(QStringLiteral("since_id"), sinceId);
    set(QStringLiteral("limit"), limit > 0 ? QString::number(limit) : QString());
}

PageCursor PageCursor::fromUrl(const QUrl &url)
{
    const QUrlQuery query(url);
    PageCursor c;
    c.maxId = query.queryItemValue(QStringLiteral("max_id"), QUrl::FullyDecoded);
    c.minId = query.queryItemValue(QStringLiteral("min_id"), QUrl::FullyDecoded);
    c.sinceId = query.queryItemValue(QStringLiteral("since_id"), QUrl::FullyDecoded);
    c.limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    return c;
}

std::optional<PageCursor> PageLinks::nextCursor() const
{
    if (!hasNext())
        return std::nullopt;
    return PageCursor::fromUrl(next);
}

std::optional<PageCursor> PageLinks::prevCursor() const
{
    if (!hasPrev())
        return std::nullopt;
    return PageCursor::fromUrl(prev);
}

// Grammar (RFC 8288, simplified): link = "<" URI ">" *( ";" param ); links separated by ",".
// The URI is scanned between the brackets first, so commas inside it do not split links.
PageLinks PageLinks::parse(const QByteArray &header, const QUrl &requestUrl)
{
    PageLinks links;
    const QString text = QString::fromUtf8(header);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(u'<', pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QString target = text.mid(open + 1, close - open - 1).trimmed();
        // Parameters run until the next '<' that follows a comma outside quotes.
        qsizetype end = close + 1;
        bool quoted = false;
        for (; end < text.size(); ++end) {
            const QChar ch = text.at(end);
            if (ch == u'"')
                quoted = !quoted;
            else if (ch == u',' && !quoted)
                break;
        }
        const QStringList params =
            text.mid(close + 1, end - close - 1).split(u';', Qt::SkipEmptyParts);
        for (const QString &param : params) {
            const qsizetype eq = param.indexOf(u'=');
            if (eq < 0 || param.left(eq).trimmed().compare(u"rel", Qt::CaseInsensitive) != 0)
                continue;
            QString value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            const QUrl url = requestUrl.resolved(QUrl(target));
            const QStringList rels = value.split(u' ', Qt::SkipEmptyParts);
            for (const QString &rel : rels) {
                if (rel.compare(u"next", Qt::CaseInsensitive) == 0 && !links.hasNext())
                    links.next = url;
                else if ((rel.compare(u"prev", Qt::CaseInsensitive) == 0 ||
                          rel.compare(u"previous", Qt::CaseInsensitive) == 0) &&
                         !links.hasPrev())
                    links.prev = url;
            }
        }
        pos = end;
    }
    return links;
}

} // namespace tusk::api
