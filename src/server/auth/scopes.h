#pragma once
#include <QString>
#include <QStringList>

namespace tusk::server {

// OAuth scopes as Mastodon defines them: top-level `read`, `write`, `push`, `profile`, `admin:*`,
// granular `read:statuses` etc., and the deprecated `follow` (= read/write of blocks, follows and
// mutes).
class Scopes {
public:
    Scopes() = default;
    static Scopes parse(const QString &spaceSeparated);
    static bool isKnown(const QString &scope);

    // Does a token with these scopes satisfy a route needing `required` (e.g. "read:statuses")?
    // An empty requirement is always satisfied.
    bool allows(const QString &required) const;
    // Every scope of `requested` is also in this (app) set, granular scopes covered by parents.
    bool covers(const Scopes &requested) const;
    bool isEmpty() const { return m_list.isEmpty(); }
    const QStringList &list() const { return m_list; }
    QString toString() const { return m_list.join(u' '); }

private:
    QStringList m_list;
};

} // namespace tusk::server
