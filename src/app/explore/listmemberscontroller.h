#pragma once
#include "explorecontrollers.h"

namespace tusk::explore {

// The members of one list: shown (GET /api/v1/lists/:id/accounts), removed and added
// (DELETE/POST with account_ids[]). Candidates to add come from the accounts the user follows
// (GET /api/v1/accounts/search?following=true), since servers take only those.
class ListMembersController : public ExploreBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString listId READ listId WRITE setListId NOTIFY listIdChanged)
    // maps: accountId, displayName (plain), handle, avatar
    Q_PROPERTY(QVariantList members READ members NOTIFY membersChanged)
    // maps as members, plus isMember
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY candidatesChanged)
    // A candidate search ran (an empty candidates list then means "none found").
    Q_PROPERTY(bool searched READ searched NOTIFY candidatesChanged)
public:
    using ExploreBase::ExploreBase;
    QString listId() const { return m_listId; }
    void setListId(const QString &id);
    QVariantList members() const { return m_members; }
    QVariantList candidates() const { return m_candidates; }
    bool searched() const { return m_searched; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void findCandidates(const QString &query);
    Q_INVOKABLE void add(const QString &accountId);
    Q_INVOKABLE void remove(const QString &accountId);

Q_SIGNALS:
    void listIdChanged();
    void membersChanged();
    void candidatesChanged();
    void added(const QString &accountId);
    void removed(const QString &accountId);

protected:
    void sessionSet() override { refresh(); }

private:
    void markCandidates();
    QString handleOf(const QString &accountId) const;

    QString m_listId;
    QVariantList m_members, m_candidates;
    QList<Account> m_candidateAccounts;
    bool m_searched = false;
    int m_candidateGeneration = 0;
};

} // namespace tusk::explore
