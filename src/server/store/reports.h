#pragma once
// Reports users file about accounts and posts (schema step 7). On a personal server the admins
// read them with `tuskline-server reports`; nothing is forwarded anywhere (no federation yet).
#include "server/store/store.h"

namespace tusk::server {

struct ReportRow {
    qint64 id = 0;
    qint64 accountId = 0; // who reported
    qint64 targetAccountId = 0;
    QString category = QStringLiteral("other");
    QString comment;
    bool forward = false;
    QList<qint64> statusIds;
    QStringList ruleIds;
    qint64 createdAt = 0;
    qint64 resolvedAt = 0; // 0: open
};

class ReportRepository {
public:
    explicit ReportRepository(Store &store) : m_s(store) {}
    bool create(ReportRow &row); // fills id and createdAt
    // Newest first; open ones only unless `all`.
    QList<ReportRow> list(bool all, int limit);
    bool resolve(qint64 id);

private:
    Store &m_s;
};

} // namespace tusk::server
