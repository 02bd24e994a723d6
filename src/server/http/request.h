#pragma once
#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tusk::server {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };
const char *methodName(Method m);

struct UploadedFile {
    QString fieldName;
    QString fileName;
    QByteArray contentType; // may be empty: toot sends none, the caller sniffs
    QByteArray data;
};

// Request parameters as Mastodon's (Rails) params: query string and body merged into one nested
// object, whatever the encoding. Form keys like `a[b][]` become {"a": {"b": [...]}}.
class Params {
public:
    bool has(QStringView key) const { return m_root.contains(key); }
    QJsonValue value(QStringView key) const { return m_root.value(key); }
    // Scalars as text (numbers and booleans too); empty when absent.
    QString string(QStringView key) const;
    // Mastodon's boolean casting: true, "1", "true", "on" (and "t") are true; absent → fallback.
    bool boolean(QStringView key, bool fallback = false) const;
    std::optional<qint64> integer(QStringView key) const;
    // `x[]=a&x[]=b`, a JSON array, `x[0]=a&x[1]=b` or a single scalar.
    QStringList list(QStringView key) const;
    QJsonObject object(QStringView key) const { return m_root.value(key).toObject(); }
    const QJsonObject &root() const { return m_root; }

    // Adds `application/x-www-form-urlencoded` pairs (also the query string).
    void addForm(QByteArrayView encoded);
    void addField(const QString &name, const QString &value);
    // Top-level keys of a JSON object replace earlier ones.
    void addJson(const QJsonObject &object);

    static bool truthy(const QJsonValue &v);

private:
    QJsonObject m_root;
};

struct Request {
    Method method = Method::Get;
    QString path;                                 // decoded, without a trailing slash (except "/")
    QByteArray rawQuery;                          // as sent, for building Link headers
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QHostAddress remoteAddress;
    QString hostHeader;

    QStringList pathArgs; // values of the route's ":name" segments, in order
    Params params;        // query + body
    QList<UploadedFile> files;

    QByteArray header(QByteArrayView lowerCaseName) const;
    QString arg(int i) const { return i < pathArgs.size() ? pathArgs.at(i) : QString(); }

    // Parses the query string and the body according to Content-Type. Returns an error message
    // for a malformed body (the caller answers 400), empty on success.
    QString parseParameters();
};

} // namespace tusk::server
