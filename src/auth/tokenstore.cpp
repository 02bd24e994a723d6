#include "auth/tokenstore.h"

#include "auth/logging.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace tusk::auth {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tusk::auth::TokenStore)
};

TokenStore::Outcome classify(QKeychain::Error error, const QString &detail)
{
    TokenStore::Outcome o;
    switch (error) {
    case QKeychain::NoError:
        return o;
    case QKeychain::EntryNotFound:
        o.status = TokenStore::Status::NotFound;
        o.message = Tr::tr("No saved login was found in the system keychain.");
        return o;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Headless or without a Secret Service, libsecret reports a D-Bus failure as OtherError.
        o.status = TokenStore::Status::Unavailable;
        o.message = Tr::tr("The system keychain is not available, so your login cannot be saved "
                           "securely (%1). Install and unlock a keychain such as GNOME Keyring or "
                           "KWallet, or allow Tuskline to keep the login for this session only.")
                        .arg(detail);
        return o;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        o.status = TokenStore::Status::Denied;
        o.message = Tr::tr("Access to the system keychain was refused (%1).").arg(detail);
        return o;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    o.status = TokenStore::Status::Failed;
    o.message = Tr::tr("The system keychain reported an error: %1").arg(detail);
    return o;
}

} // namespace

TokenStore::TokenStore(QObject *parent) : TokenStore(QStringLiteral("Tuskline"), parent) {}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{}

void TokenStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    run(Op::Write, key, secret, context, std::move(done));
}

void TokenStore::read(const QString &key, QObject *context, Callback done)
{
    run(Op::Read, key, {}, context, std::move(done));
}

void TokenStore::remove(const QString &key, QObject *context, Callback done)
{
    run(Op::Remove, key, {}, context, std::move(done));
}

void TokenStore::run(Op op, const QString &key, const QString &secret, QObject *context,
                     Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's own plaintext file
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this,
            [this, op, key, secret, guard, done](QKeychain::Job *j) {
                Outcome outcome = classify(j->error(), j->errorString());
                if (op == Op::Read && outcome.ok())
                    outcome.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                if (op == Op::Remove && outcome.status == Status::NotFound)
                    outcome = Outcome{}; // already gone is what remove wants
                if (outcome.status == Status::Unavailable)
                    outcome = fallback(op, key, secret, outcome);
                else if (op == Op::Remove)
                    m_memory.remove(key);
                qCDebug(lcAuth).noquote() << "keychain"
                                          << (op == Op::Write  ? "write"
                                              : op == Op::Read ? "read"
                                                               : "remove")
                                          << key << "->" << int(outcome.status)
                                          << (outcome.inMemory ? "(session only)" : "");
                if (guard)
                    done(outcome);
            });
    job->start();
}

TokenStore::Outcome TokenStore::fallback(Op op, const QString &key, const QString &secret,
                                         const Outcome &failure)
{
    if (!m_reportedUnavailable) {
        m_reportedUnavailable = true;
        qCWarning(lcAuth).noquote() << "keychain unavailable:" << failure.message;
        Q_EMIT keychainUnavailable(failure.message);
    }
    if (m_policy != FallbackPolicy::SessionOnly)
        return failure;
    Outcome o;
    o.inMemory = true;
    switch (op) {
    case Op::Write:
        m_memory.insert(key, secret);
        o.message = tr("The system keychain is not available: your login is kept for this "
                       "session only and you will need to log in again next time.");
        break;
    case Op::Read:
        if (const auto it = m_memory.constFind(key); it != m_memory.constEnd()) {
            o.secret = *it;
        } else {
            o.status = Status::NotFound;
            o.message = failure.message;
        }
        break;
    case Op::Remove:
        m_memory.remove(key);
        break;
    }
    return o;
}

} // namespace tusk::auth
