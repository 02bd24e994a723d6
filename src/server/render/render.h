#pragma once
// Store rows → Mastodon JSON, one function per entity and the only place that shapes the JSON the
// server emits. Each fills the shared tusk:: entity (src/core/entities, the same types the client
// parses with) and emits it with toJson(), so client and server keep one definition.
#include "core/entities/entities.h"
#include "core/entities/jsonwriter.h"
#include "server/context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tusk::server::render {

QString timestamp(qint64 msecs); // ISO 8601 with ms, UTC, "Z"

tusk::Account accountEntity(const ServerCore &core, const AccountRow &a);
QJsonObject account(const ServerCore &core, const AccountRow &a);
QJsonObject credentialAccount(ServerCore &core, const AccountRow &a, const UserRow &u);
QJsonArray accounts(const ServerCore &core, const QList<AccountRow> &rows);

// Statuses as `viewer` (0 = anonymous) sees them; loads authors, mentions, tags and the viewer's
// favourites for the whole list with one query each.
QJsonArray statuses(ServerCore &core, const QList<StatusRow> &rows, qint64 viewer);
QJsonObject status(ServerCore &core, const StatusRow &row, qint64 viewer);
// The same array as statuses(), as the response body: written straight to bytes (no
// QJsonObject), for the timeline-like lists that are the server's most frequent answers.
QByteArray statusesJson(ServerCore &core, const QList<StatusRow> &rows, qint64 viewer);

QJsonArray relationships(ServerCore &core, qint64 viewer, const QList<qint64> &targets);

QJsonArray notifications(ServerCore &core, const QList<NotificationRow> &rows, qint64 viewer);

// render/media.cpp: attachments, polls, edit history.
QString mediaUrl(const ServerCore &core, const QString &fileName);
tusk::MediaAttachment mediaEntity(const ServerCore &core, const MediaRow &m);
QJsonObject mediaAttachment(const ServerCore &core, const MediaRow &m);
// `ownVotes` null: the viewer has not voted.
tusk::Poll pollEntity(const PollRow &p, qint64 viewer, const QList<int> *ownVotes, qint64 nowMs);
QJsonObject poll(ServerCore &core, const PollRow &p, qint64 viewer);
QJsonArray statusHistory(ServerCore &core, const StatusRow &status,
                         const QList<StatusEditRow> &edits);

// `clientSecret` only in the answer of POST /api/v1/apps.
QJsonObject application(const AppRow &app, const QByteArray &clientSecret = {});

} // namespace tusk::server::render
