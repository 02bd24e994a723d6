#pragma once
// Plays the user's browser in login tests: loads the server's real authorize page, fills in its
// form like a person would, and follows the redirect (into the loopback listener) or reads the
// out-of-band code from the page.
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

struct TestBrowser {
    std::shared_ptr<QNetworkAccessManager> nam = std::make_shared<QNetworkAccessManager>();
    QString username;
    QString password;
    QString decision = QStringLiteral("approve");
    // Edits the redirect before following it (forged or tampered answers).
    std::function<QUrl(QUrl)> tamper;

    // What happened, for the test to check.
    QUrl authorizeUrl;
    int formStatus = 0;
    QUrl redirect;
    int callbackStatus = 0;
    QByteArray callbackPage;
    QString code; // from the redirect or the OOB page

    struct Response {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    Response fetch(const QNetworkRequest &base, const QByteArray &postBody = {})
    {
        QNetworkRequest request = base;
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = postBody.isNull() ? nam->get(request) : nam->post(request, postBody);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15'000))
            return {};
        Response r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->readAll(), reply->header(QNetworkRequest::LocationHeader).toUrl()};
        reply->deleteLater();
        return r;
    }

    static QString unescape(QString s)
    {
        return s.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }

    // Returns false if the page did not look like a login form.
    bool visit(const QUrl &url)
    {
        authorizeUrl = url;
        const Response page = fetch(QNetworkRequest(url));
        if (page.status != 200)
            return false;
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        QUrlQuery form;
        for (auto it = hidden.globalMatch(QString::fromUtf8(page.body)); it.hasNext();) {
            const auto m = it.next();
            form.addQueryItem(unescape(m.captured(1)), unescape(m.captured(2)));
        }
        form.addQueryItem(QStringLiteral("username"), username);
        form.addQueryItem(QStringLiteral("password"), password);
        form.addQueryItem(QStringLiteral("decision"), decision);
        QUrl action = url.resolved(QUrl(QStringLiteral("/oauth/authorize")));
        QNetworkRequest post(action);
        post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QByteArray body;
        for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded))
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                    QUrl::toPercentEncoding(v);
        const Response answer = fetch(post, body);
        formStatus = answer.status;
        if (answer.status == 302 || answer.status == 303) {
            redirect = tamper ? tamper(answer.location) : answer.location;
            code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            const Response callback = fetch(QNetworkRequest(redirect));
            callbackStatus = callback.status;
            callbackPage = callback.body;
            return true;
        }
        static const QRegularExpression oob(QStringLiteral("<code id=\"code\">([^<]+)</code>"));
        const auto m = oob.match(QString::fromUtf8(answer.body));
        if (m.hasMatch())
            code = unescape(m.captured(1));
        return answer.status == 200;
    }
};
