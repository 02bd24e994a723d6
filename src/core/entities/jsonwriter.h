#pragma once
// Output formats Mastodon uses, so the bundled server's JSON looks like Mastodon's.
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace tusk::json {

// "2019-12-08T03:48:33.901Z" (UTC, milliseconds); null for an invalid QDateTime.
QJsonValue writeTimestamp(const QDateTime &dt);
QString formatTimestamp(const QDateTime &dt);
// "2019-12-08"; null for an invalid QDate.
QJsonValue writeDate(const QDate &date);

} // namespace tusk::json
