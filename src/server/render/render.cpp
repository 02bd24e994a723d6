#include "server/render/render.h"

#include "server/text/statustext.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tusk::server::render {

namespace {
QJsonValue nullableId(qint64 id)
{
    return id ? QJsonValue(QString::number(id)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

LinkTargets linkTargets(const ServerCore &core)
{
    return {core.baseUrl, core.localHost, nullptr};
}

QJsonArray fields(const ServerCore &core, const AccountRow &a, bool html)
{
    QJsonArray out;
    const QJsonArray stored = QJsonDocument::fromJson(a.fieldsJson.toUtf8()).array();
    for (const QJsonValue &f : stored) {
        const QString value = f[QStringLiteral("value")].toString();
        out.append(
            QJsonObject{{QStringLiteral("name"), f[QStringLiteral("name")].toString()},
                        {QStringLiteral("value"), html ? formatPlainNote(value, linkTargets(core))
                                                             .remove(QStringLiteral("<p>"))
                                                             .remove(QStringLiteral("</p>"))
                                                       : value},
                        {QStringLiteral("verified_at"), QJsonValue::Null}});
    }
    return out;
}
} // namespace

QString timestamp(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject account(const ServerCore &core, const AccountRow &a)
{
    const QString profile = core.url(QStringLiteral("/@") + a.username);
    const QString avatar = a.avatar.isEmpty()
                               ? core.url(u"/avatars/original/missing.png")
                               : core.url(QStringLiteral("/system/media/") + a.avatar);
    const QString header = a.header.isEmpty()
                               ? core.url(u"/headers/original/missing.png")
                               : core.url(QStringLiteral("/system/media/") + a.header);
    // Mastodon rounds created_at to the day; last_status_at is a date.
    const qint64 day = a.createdAt - a.createdAt % 86'400'000;
    return {
        {QStringLiteral("id"), QString::number(a.id)},
        {QStringLiteral("username"), a.username},
        {QStringLiteral("acct"), a.username},
        {QStringLiteral("display_name"), a.displayName},
        {QStringLiteral("locked"), a.locked},
        {QStringLiteral("bot"), a.bot},
        {QStringLiteral("discoverable"), a.discoverable},
        {QStringLiteral("indexable"), false},
        {QStringLiteral("group"), false},
        {QStringLiteral("created_at"), timestamp(day)},
        {QStringLiteral("note"), formatPlainNote(a.note, linkTargets(core))},
        {QStringLiteral("url"), profile},
        {QStringLiteral("uri"), core.url(QStringLiteral("/users/") + a.username)},
        {QStringLiteral("avatar"), avatar},
        {QStringLiteral("avatar_static"), avatar},
        {QStringLiteral("header"), header},
        {QStringLiteral("header_static"), header},
        {QStringLiteral("followers_count"), a.followersCount},
        {QStringLiteral("following_count"), a.followingCount},
        {QStringLiteral("statuses_count"), a.statusesCount},
        {QStringLiteral("last_status_at"),
         a.lastStatusAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(a.lastStatusAt, Qt::UTC)
                                         .date()
                                         .toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hide_collections"), false},
        {QStringLiteral("noindex"), false},
        {QStringLiteral("emojis"), QJsonArray()},
        {QStringLiteral("roles"), QJsonArray()},
        {QStringLiteral("fields"), fields(core, a, true)},
    };
}

QJsonObject credentialAccount(const ServerCore &core, const AccountRow &a, const UserRow &u)
{
    QJsonObject o = account(core, a);
    o.insert(QStringLiteral("source"),
             QJsonObject{{QStringLiteral("privacy"), u.defaultPrivacy},
                         {QStringLiteral("sensitive"), u.defaultSensitive},
                         {QStringLiteral("language"), nullableString(u.defaultLanguage)},
                         {QStringLiteral("note"), a.note},
                         {QStringLiteral("fields"), fields(core, a, false)},
                         {QStringLiteral("follow_requests_count"), 0},
                         {QStringLiteral("hide_collections"), false},
                         {QStringLiteral("discoverable"), a.discoverable},
                         {QStringLiteral("indexable"), false}});
    o.insert(
        QStringLiteral("role"),
        QJsonObject{{QStringLiteral("id"), u.admin ? QStringLiteral("3") : QStringLiteral("-99")},
                    {QStringLiteral("name"), u.admin ? QStringLiteral("Owner") : QString()},
                    {QStringLiteral("color"), QString()},
                    {QStringLiteral("permissions"),
                     u.admin ? QStringLiteral("1") : QStringLiteral("65536")},
                    {QStringLiteral("highlighted"), u.admin}});
    return o;
}

QJsonArray accounts(const ServerCore &core, const QList<AccountRow> &rows)
{
    QJsonArray out;
    for (const AccountRow &a : rows)
        out.append(account(core, a));
    return out;
}

QJsonArray statuses(ServerCore &core, const QList<StatusRow> &input, qint64 viewer)
{
    Store &store = core.store;
    // Reblogs carry the original; load those first so everything below covers both.
    QList<qint64> reblogTargets;
    for (const StatusRow &s : input) {
        if (s.reblogOfId)
            reblogTargets.append(s.reblogOfId);
    }
    const QHash<qint64, StatusRow> originals = store.statuses.byIds(reblogTargets);

    QList<qint64> statusIds, accountIds;
    auto collect = [&](const StatusRow &s) {
        statusIds.append(s.id);
        accountIds.append(s.accountId);
    };
    for (const StatusRow &s : input)
        collect(s);
    for (const StatusRow &s : originals)
        collect(s);
    const QHash<qint64, QList<qint64>> mentions = store.statuses.mentions(statusIds);
    for (const auto &list : mentions)
        accountIds.append(list);
    const QHash<qint64, QStringList> tags = store.statuses.tags(statusIds);
    const QHash<qint64, AccountRow> accountRows = store.accounts.byIds(accountIds);
    const QSet<qint64> favourited = store.favourites.favourited(viewer, statusIds);

    auto one = [&](const StatusRow &s) -> QJsonObject {
        const AccountRow author = accountRows.value(s.accountId);
        QJsonArray mentionList;
        for (qint64 id : mentions.value(s.id)) {
            const AccountRow m = accountRows.value(id);
            mentionList.append(
                QJsonObject{{QStringLiteral("id"), QString::number(id)},
                            {QStringLiteral("username"), m.username},
                            {QStringLiteral("acct"), m.username},
                            {QStringLiteral("url"), core.url(QStringLiteral("/@") + m.username)}});
        }
        QJsonArray tagList;
        for (const QString &t : tags.value(s.id)) {
            tagList.append(QJsonObject{
                {QStringLiteral("name"), t.toLower()},
                {QStringLiteral("url"), core.url(QStringLiteral("/tags/") + t.toLower())}});
        }
        const QString url = core.url(QStringLiteral("/@%1/%2").arg(author.username).arg(s.id));
        QJsonObject o{
            {QStringLiteral("id"), QString::number(s.id)},
            {QStringLiteral("created_at"), timestamp(s.createdAt)},
            {QStringLiteral("edited_at"),
             s.editedAt ? QJsonValue(timestamp(s.editedAt)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("in_reply_to_id"), nullableId(s.inReplyToId)},
            {QStringLiteral("in_reply_to_account_id"), nullableId(s.inReplyToAccountId)},
            {QStringLiteral("sensitive"), s.sensitive},
            {QStringLiteral("spoiler_text"), s.spoilerText},
            {QStringLiteral("visibility"), visibilityName(s.visibility)},
            {QStringLiteral("language"), nullableString(s.language)},
            {QStringLiteral("uri"),
             core.url(QStringLiteral("/users/%1/statuses/%2").arg(author.username).arg(s.id))},
            {QStringLiteral("url"), s.reblogOfId ? QJsonValue(QJsonValue::Null) : QJsonValue(url)},
            {QStringLiteral("replies_count"), s.repliesCount},
            {QStringLiteral("reblogs_count"), s.reblogsCount},
            {QStringLiteral("favourites_count"), s.favouritesCount},
            {QStringLiteral("quotes_count"), 0},
            {QStringLiteral("content"), s.content},
            {QStringLiteral("reblog"), QJsonValue::Null},
            {QStringLiteral("account"), account(core, author)},
            {QStringLiteral("media_attachments"), QJsonArray()},
            {QStringLiteral("mentions"), mentionList},
            {QStringLiteral("tags"), tagList},
            {QStringLiteral("emojis"), QJsonArray()},
            {QStringLiteral("card"), QJsonValue::Null},
            {QStringLiteral("poll"), QJsonValue::Null},
            {QStringLiteral("filtered"), QJsonArray()},
        };
        if (s.appId) {
            o.insert(QStringLiteral("application"),
                     QJsonObject{{QStringLiteral("name"), s.appName},
                                 {QStringLiteral("website"), nullableString(s.appWebsite)}});
        }
        if (viewer) {
            o.insert(QStringLiteral("favourited"), favourited.contains(s.id));
            o.insert(QStringLiteral("reblogged"), false);
            o.insert(QStringLiteral("muted"), false);
            o.insert(QStringLiteral("bookmarked"), false);
            if (s.accountId == viewer)
                o.insert(QStringLiteral("pinned"), false);
        }
        return o;
    };

    QJsonArray out;
    for (const StatusRow &s : input) {
        QJsonObject o = one(s);
        if (s.reblogOfId && originals.contains(s.reblogOfId))
            o.insert(QStringLiteral("reblog"), one(originals.value(s.reblogOfId)));
        out.append(o);
    }
    return out;
}

QJsonObject status(ServerCore &core, const StatusRow &row, qint64 viewer)
{
    return statuses(core, {row}, viewer).first().toObject();
}

QJsonArray relationships(ServerCore &core, qint64 viewer, const QList<qint64> &targets)
{
    const QHash<qint64, FollowRow> following = core.store.follows.following(viewer, targets);
    const QSet<qint64> followedBy = core.store.follows.followedBy(viewer, targets);
    QJsonArray out;
    for (qint64 id : targets) {
        const auto f = following.constFind(id);
        const bool follows = f != following.constEnd();
        out.append(QJsonObject{
            {QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("following"), follows},
            {QStringLiteral("showing_reblogs"), follows && f->showReblogs},
            {QStringLiteral("notifying"), follows && f->notify},
            {QStringLiteral("languages"), QJsonValue::Null},
            {QStringLiteral("followed_by"), followedBy.contains(id)},
            {QStringLiteral("blocking"), false},
            {QStringLiteral("blocked_by"), false},
            {QStringLiteral("muting"), false},
            {QStringLiteral("muting_notifications"), false},
            {QStringLiteral("muting_expires_at"), QJsonValue::Null},
            {QStringLiteral("requested"), false},
            {QStringLiteral("requested_by"), false},
            {QStringLiteral("domain_blocking"), false},
            {QStringLiteral("endorsed"), false},
            {QStringLiteral("note"), QString()},
        });
    }
    return out;
}

QJsonArray notifications(ServerCore &core, const QList<NotificationRow> &rows, qint64 viewer)
{
    QList<qint64> accountIds, statusIds;
    for (const NotificationRow &n : rows) {
        accountIds.append(n.fromAccountId);
        if (n.statusId)
            statusIds.append(n.statusId);
    }
    const QHash<qint64, AccountRow> accountRows = core.store.accounts.byIds(accountIds);
    const QHash<qint64, StatusRow> statusRows = core.store.statuses.byIds(statusIds);
    QList<StatusRow> statusList;
    for (qint64 id : statusIds) {
        if (statusRows.contains(id))
            statusList.append(statusRows.value(id));
    }
    QHash<qint64, QJsonObject> rendered;
    const QJsonArray renderedList = statuses(core, statusList, viewer);
    for (qsizetype i = 0; i < statusList.size(); ++i)
        rendered.insert(statusList.at(i).id, renderedList.at(i).toObject());

    QJsonArray out;
    for (const NotificationRow &n : rows) {
        QJsonObject o{
            {QStringLiteral("id"), QString::number(n.id)},
            {QStringLiteral("type"), n.type},
            {QStringLiteral("created_at"), timestamp(n.createdAt)},
            {QStringLiteral("group_key"), QStringLiteral("ungrouped-%1").arg(n.id)},
            {QStringLiteral("account"), account(core, accountRows.value(n.fromAccountId))},
        };
        if (n.statusId)
            o.insert(QStringLiteral("status"), rendered.value(n.statusId));
        out.append(o);
    }
    return out;
}

QJsonObject application(const AppRow &app, const QByteArray &clientSecret)
{
    QJsonArray uris, scopes;
    for (const QString &u : app.redirectUris)
        uris.append(u);
    for (const QString &s : app.scopes.split(u' ', Qt::SkipEmptyParts))
        scopes.append(s);
    QJsonObject o{
        {QStringLiteral("id"), QString::number(app.id)},
        {QStringLiteral("name"), app.name},
        {QStringLiteral("website"), nullableString(app.website)},
        {QStringLiteral("scopes"), scopes},
        {QStringLiteral("redirect_uri"), app.redirectUris.join(u'\n')},
        {QStringLiteral("redirect_uris"), uris},
        {QStringLiteral("vapid_key"), QString()},
    };
    if (!clientSecret.isEmpty()) {
        o.insert(QStringLiteral("client_id"), app.clientId);
        o.insert(QStringLiteral("client_secret"), QString::fromLatin1(clientSecret));
        o.insert(QStringLiteral("client_secret_expires_at"), 0);
    }
    return o;
}

} // namespace tusk::server::render
