// login, accounts, logout, whoami: the account commands, over tuskline_auth.
#include "api/requests/accounts.h"
#include "api/capabilities.h"
#include "auth/accountmanager.h"
#include "auth/oauthlogin.h"
#include "cli/commands/commands.h"
#include "cli/context.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace tusk::cli {

namespace {
// Runs the event loop until `done()` is true or `timeoutMs` passed. False on timeout.
template <typename F> bool waitUntil(F done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(10);
    if (!done())
        loop.exec();
    return done();
}

QString readLineFromStdin()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}
} // namespace

int runLogin(Context &ctx)
{
    const Arguments &a = ctx.args();
    if (a.positional.size() != 1)
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli", "login needs the server address, e.g. tuskline-cli login "
                         "https://mastodon.example"));
    const QUrl url = QUrl::fromUserInput(a.positional.constFirst());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return ctx.usage(QCoreApplication::translate("tusk::cli", "%1 is not a server address.")
                             .arg(a.positional.constFirst()));
    if (!ctx.loadStore())
        return Failure;

    // Find out first whether the server is there at all, so that "unreachable" and "not a
    // Mastodon server" get their own exit codes rather than a generic login failure.
    {
        api::ApiClient probe(ctx.nam(), url);
        api::RetryPolicy retry;
        retry.maxRetries = 0;
        probe.setRetryPolicy(retry);
        std::optional<api::ApiResult<api::Capabilities>> caps;
        QEventLoop loop;
        api::Capabilities::fetch(&probe, &loop, [&](api::ApiResult<api::Capabilities> r) {
            caps.emplace(std::move(r));
            loop.quit();
        });
        if (!caps)
            loop.exec();
        if (!caps->ok())
            return ctx.fail(
                caps->error(),
                QCoreApplication::translate("tusk::cli", "Could not reach %1").arg(url.host()));
    }

    const bool oob = a.has(QStringLiteral("oob"));
    const bool noBrowser = a.has(QStringLiteral("no-browser"));
    Formatter &out = ctx.out();
    auth::BrowserOpener opener = [&out, oob, noBrowser](const QUrl &authorize) {
        out.info(oob ? QCoreApplication::translate(
                           "tusk::cli",
                           "Open this address in a browser, log in and approve Tuskline; then "
                           "paste the code the server shows:")
                     : QCoreApplication::translate(
                           "tusk::cli",
                           "Open this address in a browser to log in (waiting for the answer):"));
        out.line(authorize.toString(QUrl::FullyEncoded));
        if (!noBrowser && !oob)
            auth::defaultBrowserOpener()(authorize);
        return true; // printed: the user can always open it by hand
    };
    auth::OAuthLogin login(
        ctx.nam(), &ctx.tokens(), &ctx.store(), url,
        oob ? auth::OAuthLogin::Mode::OutOfBand : auth::OAuthLogin::Mode::Loopback, opener);
    bool finished = false;
    bool codeWanted = false;
    QString failure;
    std::optional<Account> account;
    std::optional<auth::AccountRecord> record;
    QObject::connect(&login, &auth::OAuthLogin::codeRequired, [&] { codeWanted = true; });
    QObject::connect(&login, &auth::OAuthLogin::succeeded,
                     [&](const auth::AccountRecord &r, const Account &acc) {
                         record = r;
                         account = acc;
                         finished = true;
                     });
    QObject::connect(&login, &auth::OAuthLogin::failed, [&](const QString &message) {
        failure = message;
        finished = true;
    });
    login.start();
    constexpr int kLoginTimeoutMs = 10 * 60 * 1000;
    waitUntil([&] { return finished || codeWanted; }, kLoginTimeoutMs);
    if (codeWanted && !finished) {
        const QString code = readLineFromStdin();
        if (code.isEmpty()) {
            login.cancel();
            return ctx.fail(AuthFailed, QCoreApplication::translate(
                                            "tusk::cli", "No code was given; not logged in."));
        }
        login.submitCode(code);
        waitUntil([&] { return finished; }, kLoginTimeoutMs);
    }
    if (!finished) {
        login.cancel();
        return ctx.fail(AuthFailed, QCoreApplication::translate(
                                        "tusk::cli", "The login was not completed in time."));
    }
    if (!record)
        return ctx.fail(AuthFailed,
                        QCoreApplication::translate("tusk::cli", "Login failed: %1").arg(failure));
    ctx.setDefaultAccountKey(record->key);
    if (ctx.out().json())
        ctx.out().entity(*account);
    else
        ctx.out().info(QCoreApplication::translate(
                           "tusk::cli", "Logged in as @%1 on %2; this is now the default account.")
                           .arg(account->acct, url.host()));
    return Ok;
}

int runAccounts(Context &ctx)
{
    if (!ctx.args().positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("tusk::cli", "accounts takes no arguments."));
    if (!ctx.loadStore())
        return Failure;
    if (ctx.args().has(QStringLiteral("set-default"))) {
        const QString wanted = ctx.args().value(QStringLiteral("set-default"));
        const auth::AccountRecord *r = ctx.findAccount(wanted);
        if (!r)
            return ctx.fail(AuthFailed, QCoreApplication::translate(
                                            "tusk::cli", "There is no stored account %1.")
                                            .arg(wanted));
        ctx.setDefaultAccountKey(r->key);
        ctx.out().info(
            QCoreApplication::translate("tusk::cli", "%1 is now the default account.").arg(r->key));
    }
    const QString def = ctx.defaultAccountKey();
    for (const auth::AccountRecord &r : ctx.store().accounts()) {
        const bool isDefault = r.key == def;
        if (ctx.out().json()) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("default"), isDefault);
            ctx.out().jsonLine(o);
            continue;
        }
        QString name = r.displayName.trimmed();
        ctx.out().line(QStringLiteral("%1 %2%3  %4")
                           .arg(isDefault ? QStringLiteral("*") : QStringLiteral(" "), r.key,
                                name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name),
                                r.instanceUrl.toString()));
    }
    if (ctx.store().accounts().isEmpty())
        ctx.out().info(QCoreApplication::translate(
            "tusk::cli", "No accounts. Log in with \"tuskline-cli login URL\"."));
    return Ok;
}

int runLogout(Context &ctx)
{
    const Arguments &a = ctx.args();
    if (a.positional.size() > 1)
        return ctx.usage(
            QCoreApplication::translate("tusk::cli", "logout takes at most one account."));
    if (!ctx.loadStore())
        return Failure;
    QString wanted = a.positional.value(0, a.value(QStringLiteral("account")));
    const auth::AccountRecord *r =
        wanted.isEmpty() ? ctx.store().account(ctx.defaultAccountKey()) : ctx.findAccount(wanted);
    if (!r)
        return ctx.fail(
            AuthFailed,
            wanted.isEmpty()
                ? QCoreApplication::translate("tusk::cli", "No account is logged in.")
                : QCoreApplication::translate("tusk::cli", "There is no stored account %1.")
                      .arg(wanted));
    const QString key = r->key;
    const bool wasDefault = key == ctx.defaultAccountKey();

    // AccountManager owns revoking, deleting the token and forgetting the account. It needs the
    // token loaded into the account's client first (load() reads every token from the keychain).
    auth::AccountManager manager(ctx.nam(), &ctx.tokens(), ctx.store().filePath());
    QString error;
    if (!manager.load(&error))
        return ctx.fail(Failure, error);
    waitUntil(
        [&] {
            const api::ApiClient *c = manager.client(key);
            return (c && c->hasAccessToken()) ||
                   manager.state(key) == auth::AccountManager::State::NeedsReLogin;
        },
        30'000);
    std::optional<std::pair<bool, QString>> outcome;
    manager.logout(key, &manager,
                   [&](bool ok, const QString &message) { outcome.emplace(ok, message); });
    waitUntil([&] { return outcome.has_value(); }, 60'000);
    if (!outcome)
        return ctx.fail(NetworkFailed, QCoreApplication::translate(
                                           "tusk::cli", "Logging out did not finish in time."));
    if (!outcome->first)
        return ctx.fail(Failure,
                        QCoreApplication::translate("tusk::cli", "Could not log out completely: %1")
                            .arg(outcome->second));
    if (!outcome->second.isEmpty())
        ctx.out().error(outcome->second); // revoked locally only; still a logout
    if (wasDefault)
        ctx.setDefaultAccountKey({}); // the first remaining account becomes the default
    ctx.out().info(QCoreApplication::translate("tusk::cli", "Logged out of %1.").arg(key));
    return Ok;
}

int runWhoami(Context &ctx)
{
    if (!ctx.args().positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("tusk::cli", "whoami takes no arguments."));
    if (const int rc = ctx.connect(); rc != Ok)
        return rc;
    const auto r = ctx.call(api::requests::VerifyCredentials{});
    if (!r)
        return ctx.fail(r.error(),
                        QCoreApplication::translate("tusk::cli", "Could not fetch your account"));
    ctx.out().account(r.value());
    return Ok;
}

} // namespace tusk::cli
