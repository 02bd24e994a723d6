#pragma once
// Handlers for tags, lists, filters, search, conversations and grouped notifications (the route
// table refers to them), plus what those files share.
#include "server/api/common.h"

namespace tusk::server::api {

// tags.cpp
Response tagTimeline(Context &);
Response tag(Context &);
Response followTag(Context &);
Response unfollowTag(Context &);
Response followedTags(Context &);
// lists.cpp
Response lists(Context &);
Response list(Context &);
Response createList(Context &);
Response updateList(Context &);
Response deleteList(Context &);
Response listAccounts(Context &);
Response addListAccounts(Context &);
Response removeListAccounts(Context &);
Response listTimeline(Context &);
Response accountLists(Context &);
Response streamList(Context &);
Response streamDirect(Context &);
// filters.cpp
Response filtersV2(Context &);
Response filterV2(Context &);
Response createFilter(Context &);
Response updateFilter(Context &);
Response deleteFilter(Context &);
Response filterKeywords(Context &);
Response addFilterKeyword(Context &);
Response filterKeyword(Context &);
Response updateFilterKeyword(Context &);
Response deleteFilterKeyword(Context &);
Response filterStatuses(Context &);
Response addFilterStatus(Context &);
Response filterStatus(Context &);
Response deleteFilterStatus(Context &);
Response filtersV1(Context &);
Response filterV1(Context &);
// search.cpp
Response searchV2(Context &);
// conversations.cpp
Response conversations(Context &);
Response readConversation(Context &);
Response deleteConversation(Context &);
Response groupedNotifications(Context &);
Response notificationGroup(Context &);
Response notificationGroupAccounts(Context &);
Response dismissNotificationGroup(Context &);
Response unreadCountV1(Context &);
Response unreadCountV2(Context &);

// The statuses of `ids` in that order, dropping any the viewer may not see.
QList<StatusRow> visibleInOrder(Context &ctx, const QList<qint64> &ids);
// A page of statuses selected by id: JSON plus the Link header from the selected ids.
Response statusPage(Context &ctx, const QList<qint64> &ids, const PageQuery &page);

} // namespace tusk::server::api
