// The HTML of the OAuth consent page. Plain, accessible markup: a language, a main landmark,
// labelled inputs with autocomplete hints, the requested permissions as a list, an error region
// announced to screen readers, and two real submit buttons. No scripts, no external resources.
#include "server/api/oauth.h"

#include <QCoreApplication>

namespace tusk::server::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString scopeDescription(const QString &scope)
{
    if (scope == u"read")
        return tr("Read all your account's data");
    if (scope == u"write")
        return tr("Modify all your account's data");
    if (scope == u"follow")
        return tr("Modify account relationships");
    if (scope == u"push")
        return tr("Receive push notifications");
    if (scope == u"profile")
        return tr("Read only your account's profile information");
    if (scope.startsWith(u"read:"))
        return tr("Read your %1").arg(scope.mid(5));
    if (scope.startsWith(u"write:"))
        return tr("Change your %1").arg(scope.mid(6));
    return scope;
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<meta name=\"referrer\" content=\"no-referrer\"><title>%1</title><style>"
               "body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 "
               "1rem;line-height:1.5;color:#1b1b1b;background:#fff}"
               "label{display:block;margin-top:1rem;font-weight:600}"
               "input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}"
               "button{margin:1.5rem .5rem 0 0;padding:.6rem 1.2rem;font-size:1rem}"
               ".error{border:2px solid #b00020;padding:.5rem;color:#b00020}"
               "code{font-size:1.3rem;word-break:break-all}"
               ":focus{outline:3px solid #1a73e8;outline-offset:2px}"
               "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}}"
               "</style></head><body><main>%2</main></body></html>\n")
        .arg(esc(title), body);
}

} // namespace

Response authorizeHtml(const ServerCore &core, const AuthorizeRequest &r, const QString &error,
                       int status)
{
    QString scopes;
    for (const QString &s : r.scope.split(u' ', Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li><strong>%1</strong>: %2</li>")
                      .arg(esc(s), esc(scopeDescription(s)));
    auto hidden = [](const char *name, const QString &value) {
        return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
            .arg(QLatin1String(name), esc(value));
    };
    QString body;
    body += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Authorize %1").arg(r.app.name)));
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 wants to use your account on %2.")
                             .arg(r.app.name, core.config.instanceName)));
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(error));
    body +=
        QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(esc(tr("It asks for permission to:")), scopes);
    body += QStringLiteral("<form method=\"post\" action=\"/oauth/authorize\">");
    body += hidden("response_type", QStringLiteral("code"));
    body += hidden("client_id", r.app.clientId);
    body += hidden("redirect_uri", r.redirectUri);
    body += hidden("scope", r.scope);
    body += hidden("state", r.state);
    if (!r.codeChallenge.isEmpty()) {
        body += hidden("code_challenge", r.codeChallenge);
        body += hidden("code_challenge_method", r.codeChallengeMethod);
    }
    body += QStringLiteral("<label for=\"username\">%1</label><input id=\"username\" "
                           "name=\"username\" autocomplete=\"username\" required autofocus>")
                .arg(esc(tr("Username or e-mail address")));
    body += QStringLiteral("<label for=\"password\">%1</label><input id=\"password\" "
                           "name=\"password\" type=\"password\" autocomplete=\"current-password\" "
                           "required>")
                .arg(esc(tr("Password")));
    body += QStringLiteral("<button type=\"submit\" name=\"decision\" value=\"approve\">%1</button>"
                           "<button type=\"submit\" name=\"decision\" value=\"deny\" "
                           "formnovalidate>%2</button></form>")
                .arg(esc(tr("Authorize")), esc(tr("Deny")));
    return Response::html(page(tr("Authorize %1").arg(r.app.name), body).toUtf8(), status);
}

Response oobCodeHtml(const QString &code)
{
    const QString body =
        QStringLiteral("<h1>%1</h1><p>%2</p><p><code id=\"code\">%3</code></p>")
            .arg(esc(tr("Authorization code")),
                 esc(tr("Copy this code and paste it into the application.")), esc(code));
    return Response::html(page(tr("Authorization code"), body).toUtf8());
}

Response errorHtml(const QString &message, int status)
{
    const QString body = QStringLiteral("<h1>%1</h1><p role=\"alert\">%2</p>")
                             .arg(esc(tr("Authorization failed")), esc(message));
    return Response::html(page(tr("Authorization failed"), body).toUtf8(), status);
}

} // namespace tusk::server::api
