// AppController, part 3: what pages ask of the shell (navigation requests, the page files) and
// the actions that go to an account's server (post, edit, report).
#include "appcontroller.h"

#include "auth/accountmanager.h"
#include "logging.h"

#ifdef TUSKLINE_HAVE_SESSION
#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "cache/actionqueue.h"
#include "cache/queuerunner.h"
#include "cache/timelinecache.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"
#include "session/accountsession.h"
#else
#include "api/requests/statuses.h"
#endif

#include <QFile>

namespace tusk::app {

void AppController::openTimeline(QObject *session, const QString &timeline)
{
    Q_EMIT navigationRequested(QStringLiteral("timeline"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)},
                                {QStringLiteral("timeline"), timeline}});
}

void AppController::openThread(QObject *session, const QString &statusId)
{
    Q_EMIT navigationRequested(QStringLiteral("thread"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)},
                                {QStringLiteral("statusId"), statusId}});
}

void AppController::openProfile(QObject *session, const QString &accountId)
{
    Q_EMIT navigationRequested(QStringLiteral("profile"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)},
                                {QStringLiteral("accountId"), accountId}});
}

void AppController::openNotifications(QObject *session)
{
    Q_EMIT navigationRequested(QStringLiteral("notifications"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)}});
}

void AppController::compose(QObject *session, const QString &inReplyToId, const QString &mention)
{
    Q_EMIT composeRequested(session ? session : currentSession(), inReplyToId, mention);
}

QUrl AppController::pageUrl(const QString &page) const
{
    // Feature modules (app-views) are found by file, so the shell builds before they land.
    static const QHash<QString, QStringList> candidates{
        {QStringLiteral("timeline"),
         {QStringLiteral("Timeline/TimelinePage.qml"),
          QStringLiteral("Timeline/TimelineView.qml")}},
        {QStringLiteral("thread"), {QStringLiteral("Timeline/ThreadPage.qml")}},
        {QStringLiteral("profile"), {QStringLiteral("Profile/ProfilePage.qml")}},
        {QStringLiteral("notifications"),
         {QStringLiteral("Notifications/NotificationsPage.qml"),
          QStringLiteral("Notifications/NotificationsView.qml")}},
        {QStringLiteral("explore"), {QStringLiteral("Explore/SearchPage.qml")}},
        {QStringLiteral("lists"), {QStringLiteral("Explore/ListsPage.qml")}},
        {QStringLiteral("tags"), {QStringLiteral("Explore/FollowedTagsPage.qml")}},
        {QStringLiteral("direct"), {QStringLiteral("Timeline/ConversationsPage.qml")}},
    };
    for (const QString &file : candidates.value(page)) {
        if (QFile::exists(QStringLiteral(":/qt/qml/Tuskline/") + file))
            return QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/") + file);
    }
    return QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/Shell/PlaceholderPage.qml"));
}

bool AppController::post(QObject *sessionObject, const QString &text, const QString &spoilerText,
                         const QString &visibility, const QString &inReplyToId)
{
    if (text.trimmed().isEmpty())
        return false;
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s)
        s = qobject_cast<session::AccountSession *>(currentSession());
    if (!s) {
        Q_EMIT notice(tr("There is no account to post with."));
        return false;
    }
    cache::Action action;
    action.kind = cache::Action::Kind::Post;
    action.text = text;
    action.spoilerText = spoilerText;
    action.visibility = visibility;
    action.inReplyToId = inReplyToId;
    if (s->actions()->enqueue(action) <= 0) {
        Q_EMIT notice(tr("The post could not be queued."));
        return false;
    }
    s->runner()->start(); // the runner idles once drained; wake it for the new action
    return true;
#else
    // Without sessions: straight to the server of the current account.
    Q_UNUSED(sessionObject);
    api::ApiClient *client = m_accounts->client(m_current);
    if (!client) {
        Q_EMIT notice(tr("There is no account to post with."));
        return false;
    }
    api::requests::PostStatus request;
    request.status = text;
    request.spoilerText = spoilerText;
    request.visibility = visibility;
    request.inReplyToId = inReplyToId;
    client->call(request, this, [this](api::ApiResult<Status> r) {
        Q_EMIT notice(r.ok() ? tr("Posted.") : tr("Could not post: %1").arg(r.error().message));
    });
    return true;
#endif
}

bool AppController::edit(QObject *sessionObject, const QString &statusId, const QString &text,
                         const QString &spoilerText)
{
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s || statusId.isEmpty() || text.trimmed().isEmpty())
        return false;
    cache::Action action;
    action.kind = cache::Action::Kind::Edit;
    action.targetId = statusId;
    action.text = text;
    action.spoilerText = spoilerText;
    if (s->actions()->enqueue(action) <= 0)
        return false;
    s->runner()->start();
    return true;
#else
    Q_UNUSED(sessionObject);
    Q_UNUSED(statusId);
    Q_UNUSED(text);
    Q_UNUSED(spoilerText);
    return false;
#endif
}

QString AppController::statusText(QObject *sessionObject, const QString &statusId) const
{
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s || !s->cache())
        return {};
    const std::shared_ptr<const Status> status = s->cache()->status(statusId);
    if (!status)
        return {};
    content::HtmlSanitizer sanitizer;
    return content::renderStatusContent(sanitizer, *status).plainText;
#else
    Q_UNUSED(sessionObject);
    Q_UNUSED(statusId);
    return {};
#endif
}

bool AppController::report(QObject *sessionObject, const QString &accountId, const QString &comment,
                           bool forward, const QString &category, const QStringList &statusIds)
{
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s || accountId.isEmpty())
        return false;
    api::requests::CreateReport request{accountId, comment, forward, category, statusIds};
    s->api()->call(request, this, [this, accountId](api::ApiResult<QJsonValue> r) {
        if (r.ok()) {
            Q_EMIT reportSent(accountId);
            Q_EMIT notice(tr("Report sent to the moderators."));
        } else {
            const QString message = tr("The report could not be sent: %1").arg(r.error().message);
            Q_EMIT reportFailed(accountId, message);
            Q_EMIT notice(message);
        }
    });
    return true;
#else
    Q_UNUSED(sessionObject);
    Q_UNUSED(accountId);
    Q_UNUSED(comment);
    Q_UNUSED(forward);
    Q_UNUSED(category);
    Q_UNUSED(statusIds);
    return false;
#endif
}

QString AppController::timelineTitle(const QString &timeline) const
{
    if (timeline == u"home")
        return tr("Home");
    if (timeline == u"notifications")
        return tr("Notifications");
    if (timeline == u"local")
        return tr("Local");
    if (timeline == u"federated")
        return tr("Federated");
    if (timeline == u"bookmarks")
        return tr("Bookmarks");
    if (timeline == u"favourites")
        return tr("Favourites");
    if (timeline == u"direct")
        return tr("Direct messages");
    if (timeline.startsWith(u"tag:"))
        return QStringLiteral("#") + timeline.mid(4);
    if (timeline.startsWith(u"list:"))
        return tr("List");
    if (timeline.startsWith(u"account:"))
        return tr("Profile");
    return timeline;
}

} // namespace tusk::app
