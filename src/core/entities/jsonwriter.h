#pragma once
// Output formats Mastodon uses, so the bundled server's JSON looks like Mastodon's.
#include <QByteArray>
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

// Compact JSON written straight into bytes, the same bytes QJsonDocument::toJson(Compact) gives
// for the equivalent QJsonObject (sorted keys, Qt's number and escape rules). Entities reach it
// through writeJsonBytes(); the server renders pages of statuses this way because building
// QJsonObjects and then serialising them was most of its CPU time per page.
// Commas are the writer's business: key() and element() insert them as needed.
class JsonOut {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &key); // in an object, before each value
    void element();               // in an array, before each value
    void string(QStringView s);
    void integer(qint64 n);
    void number(double d); // integral doubles as integers, like QJsonValue
    void boolean(bool b);
    void null();
    void value(const QJsonValue &v); // anything else, through QJsonDocument
    // Pre-rendered JSON (e.g. an author's account, written once per page).
    void raw(const QByteArray &json);

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }
    void reserve(qsizetype n) { m_out.reserve(n); }

private:
    QByteArray m_out;
    bool m_first = true;
};

} // namespace tusk::json
