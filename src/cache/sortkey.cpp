#include "cache/sortkey.h"

namespace tusk::cache {

QString idSortKey(const QString &id)
{
    return QStringLiteral("%1").arg(qMin<qsizetype>(id.size(), 9999), 4, 10, QLatin1Char('0')) + id;
}

int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return QString::compare(a, b, Qt::CaseSensitive);
}

QString positionKey(qint64 position)
{
    return QStringLiteral("p%1").arg(position, 19, 10, QLatin1Char('0'));
}

qint64 positionOf(const QString &key)
{
    if (!key.startsWith(u'p'))
        return 0;
    bool ok = false;
    const qint64 v = QStringView(key).mid(1).toLongLong(&ok);
    return ok ? v : 0;
}

QList<MissingRange> subtractCovered(const QList<MissingRange> &missing, const QString &lo,
                                    const QString &hi)
{
    QList<MissingRange> out;
    for (const MissingRange &m : missing) {
        // The part below the covered interval: (older, min(newer, lo)).
        if (!lo.isEmpty() && lo > m.older) {
            const QString top = lo < m.newer ? lo : m.newer;
            if (m.older < top)
                out.append({m.older, top});
        }
        // The part above it: (max(older, hi), newer).
        if (!hi.isEmpty() && hi < m.newer) {
            const QString bottom = hi > m.older ? hi : m.older;
            if (bottom < m.newer)
                out.append({bottom, m.newer});
        }
    }
    return out;
}

} // namespace tusk::cache
