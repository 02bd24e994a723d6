#include "server/admin.h"

#include "server/auth/crypto.h"
#include "server/auth/scopes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tusk::server::admin {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::admin", text);
}
} // namespace

bool validUsername(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{1,30}$"));
    return re.match(name).hasMatch();
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return tr("The password must have at least 8 characters.");
    if (password.size() > 72)
        return tr("The password must have at most 72 characters.");
    return {};
}

std::optional<qint64> addUser(Store &store, const QString &username, const QString &email,
                              const QString &password, bool isAdmin, QString *error)
{
    if (!validUsername(username)) {
        *error = tr("Usernames are 1 to 30 letters, digits or underscores.");
        return std::nullopt;
    }
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (store.accounts.byUsername(username) || store.accounts.userByLogin(email)) {
        *error = tr("That username or e-mail address is already taken.");
        return std::nullopt;
    }
    const QByteArray hash = crypto::hashPassword(password);
    if (hash.isEmpty()) {
        *error = tr("Could not hash the password.");
        return std::nullopt;
    }
    std::optional<qint64> id = store.accounts.create(username, email, hash, isAdmin);
    if (!id)
        *error = tr("Could not create the user.");
    return id;
}

bool setPassword(Store &store, const QString &username, const QString &password, QString *error)
{
    const std::optional<AccountRow> account = store.accounts.byUsername(username);
    if (!account || !store.accounts.user(account->id)) {
        *error = tr("No such user.");
        return false;
    }
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!store.accounts.setPassword(account->id, crypto::hashPassword(password))) {
        *error = tr("Could not store the password.");
        return false;
    }
    return true;
}

std::optional<QByteArray> createToken(Store &store, const QString &username, const QString &scopes,
                                      QString *error)
{
    const std::optional<AccountRow> account = store.accounts.byUsername(username);
    if (!account) {
        *error = tr("No such user.");
        return std::nullopt;
    }
    const Scopes parsed = Scopes::parse(scopes);
    for (const QString &s : parsed.list()) {
        if (!Scopes::isKnown(s)) {
            *error = tr("Unknown scope: %1").arg(s);
            return std::nullopt;
        }
    }
    const auto app =
        store.apps.create(QStringLiteral("tuskline-server"), QString(),
                          {QStringLiteral("urn:ietf:wg:oauth:2.0:oob")}, parsed.toString());
    if (!app) {
        *error = tr("Could not register the application.");
        return std::nullopt;
    }
    const auto issued = store.tokens.issue(app->first.id, account->id, parsed.toString(), false);
    if (!issued) {
        *error = tr("Could not issue the token.");
        return std::nullopt;
    }
    return issued->accessToken;
}

} // namespace tusk::server::admin
