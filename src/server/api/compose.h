#pragma once
// What creating and editing a status share: the text in its content type, attached media and
// the poll, each validated the way Mastodon does (422 with its messages).
#include "server/api/common.h"

namespace tusk::server::api {

// Mastodon's count: every URL weighs 23 characters and a remote mention only its @username.
int weightedLength(const QString &text);

struct ComposedText {
    QString html;
    QString contentType; // "text/markdown" or empty for plain text
    QList<qint64> mentions;
    QStringList tags;
};
// `contentType` as sent (empty, text/plain, text/markdown); an error response for another.
std::optional<Response> composeText(Context &ctx, const QString &text, const QString &contentType,
                                    ComposedText *out);

// media_ids: the viewer's own uploads, not attached elsewhere (`statusId` may keep its own),
// at most the configured number, no duplicates. Empty list when none were sent.
std::optional<Response> collectMedia(Context &ctx, qint64 statusId, QList<qint64> *ids);

// poll[options][], poll[expires_in], poll[multiple], poll[hide_totals] (form or JSON). `out`
// stays empty when no poll was sent.
std::optional<Response> readPoll(Context &ctx, std::optional<PollRow> *out);

} // namespace tusk::server::api
