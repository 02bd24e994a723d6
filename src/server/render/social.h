#pragma once
// JSON for tags, lists, filters, conversations and grouped notifications, and the `filtered`
// results attached to statuses (render/social.cpp).
#include "server/render/render.h"
#include "server/store/socialstore.h"

namespace tusk::server::render {

// `viewer` 0: no `following`.
QJsonObject tag(ServerCore &core, const TagRow &t, qint64 viewer);
QJsonArray tags(ServerCore &core, const QList<TagRow> &rows, qint64 viewer);
QJsonObject list(const ListRow &l);

tusk::Filter filterEntity(const FilterRow &f, bool withRules);
QJsonObject filter(const FilterRow &f);
QJsonObject filterKeyword(const FilterKeywordRow &k);
QJsonObject filterStatus(const FilterStatusRow &s);
// v1 filters: one per keyword (id = keyword id), as Mastodon's compatibility layer.
QJsonArray filtersV1(const QList<FilterRow> &filters);

// Fills `filtered` on each status (and on the boosted original) with every active filter of
// `viewer` that matches, as Mastodon's StatusRelationshipsPresenter: the client applies context
// and action. `out[i]` renders `input[i]`.
void applyFilters(ServerCore &core, qint64 viewer, const QList<StatusRow> &input,
                  const QHash<qint64, StatusRow> &originals, QList<tusk::Status> &out);

QJsonArray conversations(ServerCore &core, const QList<ConversationRow> &rows, qint64 viewer);

// {accounts, statuses, notification_groups} (Mastodon's DedupNotificationGroupSerializer).
QJsonObject groupedNotifications(ServerCore &core, const QList<GroupedNotification> &groups,
                                 qint64 viewer);

} // namespace tusk::server::render
