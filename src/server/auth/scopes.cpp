#include "server/auth/scopes.h"

#include <QRegularExpression>
#include <QSet>

namespace tusk::server {

namespace {
const QSet<QString> &knownScopes()
{
    static const QSet<QString> known = [] {
        QSet<QString> s{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("follow"),
                        QStringLiteral("push"), QStringLiteral("profile")};
        for (const char *r : {"accounts", "blocks", "bookmarks", "favourites", "filters", "follows",
                              "lists", "mutes", "notifications", "search", "statuses"})
            s << QStringLiteral("read:") + QLatin1String(r);
        for (const char *w :
             {"accounts", "blocks", "bookmarks", "conversations", "favourites", "filters",
              "follows", "lists", "media", "mutes", "notifications", "reports", "statuses"})
            s << QStringLiteral("write:") + QLatin1String(w);
        return s;
    }();
    return known;
}

bool followCovers(const QString &scope)
{
    return scope == u"read:blocks" || scope == u"write:blocks" || scope == u"read:follows" ||
           scope == u"write:follows" || scope == u"read:mutes" || scope == u"write:mutes";
}
} // namespace

Scopes Scopes::parse(const QString &text)
{
    Scopes s;
    // Compiled once: parsing runs for every authenticated request.
    static const QRegularExpression separators(QStringLiteral("[\\s+]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!s.m_list.contains(part))
            s.m_list << part;
    }
    return s;
}

bool Scopes::isKnown(const QString &scope)
{
    return knownScopes().contains(scope);
}

bool Scopes::allows(const QString &required) const
{
    if (required.isEmpty())
        return true;
    for (const QString &have : m_list) {
        if (have == required)
            return true;
        const qsizetype colon = required.indexOf(u':');
        if (colon > 0 && QStringView(required).left(colon) == have)
            return true; // "read" covers "read:statuses"
        if (have == u"follow" && followCovers(required))
            return true;
    }
    return false;
}

bool Scopes::covers(const Scopes &requested) const
{
    for (const QString &r : requested.m_list) {
        if (!allows(r))
            return false;
    }
    return true;
}

} // namespace tusk::server
