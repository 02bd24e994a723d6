#include "deckcolumns.h"

#include <QVariantMap>

namespace tusk::app {

bool DeckColumnList::add(const QString &accountKey, const QString &timeline)
{
    if (accountKey.isEmpty() || timeline.isEmpty())
        return false;
    m_columns.append({accountKey, timeline});
    save(true);
    return true;
}

bool DeckColumnList::remove(int index)
{
    if (index < 0 || index >= m_columns.size())
        return false;
    m_columns.removeAt(index);
    save(true);
    return true;
}

bool DeckColumnList::move(int from, int to)
{
    if (from < 0 || from >= m_columns.size() || to < 0 || to >= m_columns.size() || from == to)
        return false;
    m_columns.move(from, to);
    save(true);
    return true;
}

bool DeckColumnList::removeAccount(const QString &accountKey)
{
    const auto removed = m_columns.removeIf(
        [&accountKey](const DeckColumn &c) { return c.accountKey == accountKey; });
    // Saved even when nothing went: the account's removal is written with the same sync.
    save(false);
    return removed > 0;
}

QVariantList
DeckColumnList::toVariantList(const std::function<QString(const QString &)> &title,
                              const std::function<QString(const QString &)> &handle) const
{
    QVariantList out;
    for (const DeckColumn &c : m_columns) {
        out.append(QVariantMap{
            {QStringLiteral("accountKey"), c.accountKey},
            {QStringLiteral("timeline"), c.timeline},
            {QStringLiteral("title"), title(c.timeline)},
            {QStringLiteral("account"), handle(c.accountKey)},
        });
    }
    return out;
}

void DeckColumnList::save(bool sync)
{
    m_settings.setColumns(m_columns);
    if (sync)
        m_settings.sync();
}

} // namespace tusk::app
