#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace tusk::auth {

// Secrets (access tokens, refresh tokens, client secrets) in the system keychain through
// QtKeychain, one entry per key under the service name. Without a keychain (no Secret Service,
// e.g. headless), writes fail with a clear message unless the user opted into a fallback.
class TokenStore : public QObject {
    Q_OBJECT
public:
    // What to do when there is no keychain. There is deliberately no plaintext option.
    enum class FallbackPolicy {
        Refuse,      // default: report the error; the user must log in again next start
        SessionOnly, // keep secrets in memory for this run only (nothing written to disk)
    };
    Q_ENUM(FallbackPolicy)

    enum class Status {
        Ok,
        NotFound,    // read/remove of a key that has no entry
        Unavailable, // no keychain backend, or it could not be reached
        Denied,      // the user or the system refused access (e.g. cancelled the unlock prompt)
        Failed,      // anything else
    };
    Q_ENUM(Status)

    struct Outcome {
        Status status = Status::Ok;
        QString secret;        // reads only
        QString message;       // human, through tr(); empty when Ok from the keychain
        bool inMemory = false; // served by the SessionOnly fallback
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit TokenStore(QObject *parent = nullptr);
    TokenStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setFallbackPolicy(FallbackPolicy policy) { m_policy = policy; }
    FallbackPolicy fallbackPolicy() const { return m_policy; }

    // Asynchronous; `done` runs once unless `context` is destroyed first.
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void read(const QString &key, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

Q_SIGNALS:
    // The keychain could not be used; `message` says why and what the user can do.
    void keychainUnavailable(const QString &message);

private:
    enum class Op { Write, Read, Remove };
    void run(Op op, const QString &key, const QString &secret, QObject *context, Callback done);
    Outcome fallback(Op op, const QString &key, const QString &secret, const Outcome &failure);

    QString m_service;
    FallbackPolicy m_policy = FallbackPolicy::Refuse;
    QHash<QString, QString> m_memory; // SessionOnly secrets
    bool m_reportedUnavailable = false;
};

} // namespace tusk::auth
