#pragma once
// Small helpers shared by the cache's source files (internal).
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace tusk::cache::sql {

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// "?,?,?" for an IN (...) list of n values.
inline QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

} // namespace tusk::cache::sql
