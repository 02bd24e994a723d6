#pragma once
// Store rows → Mastodon JSON, one function per entity and the only place that shapes the JSON the
// server emits. When tusk:: entities (src/core/entities) gain toJson(), these fill the entity and
// call it, so client and server share one definition.
#include "server/context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tusk::server::render {

QString timestamp(qint64 msecs); // ISO 8601 with ms, UTC, "Z"

QJsonObject account(const ServerCore &core, const AccountRow &a);
QJsonObject credentialAccount(const ServerCore &core, const AccountRow &a, const UserRow &u);
QJsonArray accounts(const ServerCore &core, const QList<AccountRow> &rows);

// Statuses as `viewer` (0 = anonymous) sees them; loads authors, mentions, tags and the viewer's
// favourites for the whole list with one query each.
QJsonArray statuses(ServerCore &core, const QList<StatusRow> &rows, qint64 viewer);
QJsonObject status(ServerCore &core, const StatusRow &row, qint64 viewer);

QJsonArray relationships(ServerCore &core, qint64 viewer, const QList<qint64> &targets);

QJsonArray notifications(ServerCore &core, const QList<NotificationRow> &rows, qint64 viewer);

// `clientSecret` only in the answer of POST /api/v1/apps.
QJsonObject application(const AppRow &app, const QByteArray &clientSecret = {});

} // namespace tusk::server::render
