#include "server/render/render.h"

#include "server/render/social.h"
#include "server/text/statustext.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tusk::server::render {

namespace {

QString idText(qint64 id)
{
    return id ? QString::number(id) : QString();
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

LinkTargets linkTargets(const ServerCore &core)
{
    return {core.baseUrl, core.localHost, nullptr};
}

QList<tusk::AccountField> fields(const ServerCore &core, const AccountRow &a, bool html)
{
    QList<tusk::AccountField> out;
    const QJsonArray stored = QJsonDocument::fromJson(a.fieldsJson.toUtf8()).array();
    for (const QJsonValue &f : stored) {
        tusk::AccountField field;
        field.name = f[QStringLiteral("name")].toString();
        const QString value = f[QStringLiteral("value")].toString();
        if (html) {
            field.value = formatPlainNote(value, linkTargets(core));
            field.value.remove(QStringLiteral("<p>")).remove(QStringLiteral("</p>"));
        } else {
            field.value = value;
        }
        out.append(field);
    }
    return out;
}

} // namespace

QString timestamp(qint64 msecs)
{
    return json::formatTimestamp(utc(msecs));
}

tusk::Account accountEntity(const ServerCore &core, const AccountRow &a)
{
    tusk::Account e;
    e.id = QString::number(a.id);
    e.username = a.username;
    e.acct = a.username;
    e.url = core.url(QStringLiteral("/@") + a.username);
    e.uri = core.url(QStringLiteral("/users/") + a.username);
    e.displayName = a.displayName;
    e.note = formatPlainNote(a.note, linkTargets(core));
    e.avatar = a.avatar.isEmpty() ? core.url(u"/avatars/original/missing.png")
                                  : core.url(QStringLiteral("/system/media/") + a.avatar);
    e.avatarStatic = e.avatar;
    e.header = a.header.isEmpty() ? core.url(u"/headers/original/missing.png")
                                  : core.url(QStringLiteral("/system/media/") + a.header);
    e.headerStatic = e.header;
    e.locked = a.locked;
    e.bot = a.bot;
    e.discoverable = a.discoverable;
    e.hideCollections = false;
    e.noindex = false;
    e.fields = fields(core, a, true);
    // Mastodon rounds created_at to the day; last_status_at is a date.
    e.createdAt = utc(a.createdAt - a.createdAt % 86'400'000);
    if (a.lastStatusAt)
        e.lastStatusAt = utc(a.lastStatusAt).date();
    e.statusesCount = a.statusesCount;
    e.followersCount = a.followersCount;
    e.followingCount = a.followingCount;
    return e;
}

QJsonObject account(const ServerCore &core, const AccountRow &a)
{
    return accountEntity(core, a).toJson();
}

QJsonObject credentialAccount(ServerCore &core, const AccountRow &a, const UserRow &u)
{
    tusk::Account e = accountEntity(core, a);
    tusk::AccountSource source;
    source.note = a.note;
    source.fields = fields(core, a, false);
    source.privacy = u.defaultPrivacy;
    source.sensitive = u.defaultSensitive;
    source.language = u.defaultLanguage;
    source.followRequestsCount = core.store.follows.pendingRequestCount(a.id);
    source.hideCollections = false;
    source.discoverable = a.discoverable;
    source.indexable = false;
    e.source = source;
    tusk::Role role;
    role.id = u.admin ? QStringLiteral("3") : QStringLiteral("-99");
    role.name = u.admin ? QStringLiteral("Owner") : QString();
    role.permissions = u.admin ? QStringLiteral("1") : QStringLiteral("65536");
    role.highlighted = u.admin;
    e.role = role;
    return e.toJson();
}

QJsonArray accounts(const ServerCore &core, const QList<AccountRow> &rows)
{
    QJsonArray out;
    for (const AccountRow &a : rows)
        out.append(account(core, a));
    return out;
}

namespace {

QList<tusk::Status> statusEntities(ServerCore &core, const QList<StatusRow> &input, qint64 viewer)
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
    for (const StatusRow &s : input) {
        statusIds.append(s.id);
        accountIds.append(s.accountId);
    }
    for (const StatusRow &s : originals) {
        statusIds.append(s.id);
        accountIds.append(s.accountId);
    }
    const QHash<qint64, QList<qint64>> mentions = store.statuses.mentions(statusIds);
    for (const auto &list : mentions)
        accountIds.append(list);
    const QHash<qint64, QStringList> tags = store.statuses.tags(statusIds);
    const QHash<qint64, AccountRow> accountRows = store.accounts.byIds(accountIds);
    const QSet<qint64> favourited = store.favourites.favourited(viewer, statusIds);
    const QSet<qint64> bookmarked = store.bookmarks.bookmarked(viewer, statusIds);
    const QSet<qint64> reblogged = store.statuses.reblogged(viewer, statusIds);
    const QHash<qint64, QList<MediaRow>> media = store.media.forStatuses(statusIds);
    const QHash<qint64, PollRow> polls = store.polls.forStatuses(statusIds);
    QList<qint64> pollIds;
    for (const PollRow &p : polls)
        pollIds.append(p.id);
    const QHash<qint64, QList<int>> ownVotes = store.polls.ownVotes(viewer, pollIds);
    const QSet<qint64> pinned = store.pins.pinned(viewer, statusIds);
    const QSet<qint64> muted = store.mutes.mutedConversations(viewer, statusIds);
    const qint64 now = store.nowMs();
    // One Account per author, however many of their statuses are on the page.
    QHash<qint64, tusk::Account> authors;
    auto author = [&](qint64 id) -> const tusk::Account & {
        auto it = authors.find(id);
        if (it == authors.end())
            it = authors.insert(id, accountEntity(core, accountRows.value(id)));
        return it.value();
    };

    auto one = [&](const StatusRow &s) {
        tusk::Status e;
        e.id = QString::number(s.id);
        e.account = author(s.accountId);
        e.uri = core.url(QStringLiteral("/users/%1/statuses/%2").arg(e.account.username).arg(s.id));
        if (!s.reblogOfId)
            e.url = core.url(QStringLiteral("/@%1/%2").arg(e.account.username).arg(s.id));
        e.createdAt = utc(s.createdAt);
        if (s.editedAt)
            e.editedAt = utc(s.editedAt);
        e.content = s.content;
        e.visibility = visibilityName(s.visibility);
        e.sensitive = s.sensitive;
        e.spoilerText = s.spoilerText;
        if (s.appId) {
            tusk::Application app;
            app.name = s.appName;
            app.website = s.appWebsite;
            e.application = app;
        }
        for (qint64 id : mentions.value(s.id)) {
            const AccountRow &m = accountRows.value(id);
            tusk::Mention mention;
            mention.id = QString::number(id);
            mention.username = m.username;
            mention.acct = m.username;
            mention.url = core.url(QStringLiteral("/@") + m.username);
            e.mentions.append(mention);
        }
        for (const QString &t : tags.value(s.id)) {
            tusk::Tag tag;
            tag.name = t.toLower();
            tag.url = core.url(QStringLiteral("/tags/") + tag.name);
            e.tags.append(tag);
        }
        for (const MediaRow &m : media.value(s.id))
            e.mediaAttachments.append(mediaEntity(core, m));
        if (const auto p = polls.constFind(s.id); p != polls.constEnd()) {
            const auto own = ownVotes.constFind(p->id);
            e.poll = pollEntity(*p, viewer, own == ownVotes.constEnd() ? nullptr : &*own, now);
        }
        e.reblogsCount = s.reblogsCount;
        e.favouritesCount = s.favouritesCount;
        e.repliesCount = s.repliesCount;
        e.inReplyToId = idText(s.inReplyToId);
        e.inReplyToAccountId = idText(s.inReplyToAccountId);
        e.language = s.language;
        if (viewer) {
            e.favourited = favourited.contains(s.id);
            // A reblog wrapper reports on its original, as Mastodon does.
            e.reblogged = reblogged.contains(s.reblogOfId ? s.reblogOfId : s.id);
            e.muted = muted.contains(s.id);
            e.bookmarked = bookmarked.contains(s.id);
            if (s.accountId == viewer)
                e.pinned = pinned.contains(s.id);
        }
        return e;
    };

    QList<tusk::Status> out;
    out.reserve(input.size());
    for (const StatusRow &s : input) {
        tusk::Status e = one(s);
        if (s.reblogOfId && originals.contains(s.reblogOfId))
            e.reblog = one(originals.value(s.reblogOfId));
        out.append(std::move(e));
    }
    applyFilters(core, viewer, input, originals, out);
    return out;
}

} // namespace

QJsonArray statuses(ServerCore &core, const QList<StatusRow> &rows, qint64 viewer)
{
    QJsonArray out;
    for (const tusk::Status &s : statusEntities(core, rows, viewer))
        out.append(s.toJson());
    return out;
}

QByteArray statusesJson(ServerCore &core, const QList<StatusRow> &rows, qint64 viewer)
{
    json::JsonOut out;
    out.reserve(rows.size() * 3072 + 2);
    out.beginArray();
    for (const tusk::Status &s : statusEntities(core, rows, viewer)) {
        out.element();
        writeJsonBytes(out, s);
    }
    out.endArray();
    return out.take();
}

QJsonObject status(ServerCore &core, const StatusRow &row, qint64 viewer)
{
    return statusEntities(core, {row}, viewer).first().toJson();
}

QJsonArray relationships(ServerCore &core, qint64 viewer, const QList<qint64> &targets)
{
    const QHash<qint64, FollowRow> following = core.store.follows.following(viewer, targets);
    const QSet<qint64> followedBy = core.store.follows.followedBy(viewer, targets);
    const QSet<qint64> requested = core.store.follows.requested(viewer, targets);
    const QSet<qint64> requestedBy = core.store.follows.requestedBy(viewer, targets);
    const QSet<qint64> blocking = core.store.blocks.blocking(viewer, targets);
    const QSet<qint64> blockedBy = core.store.blocks.blockedBy(viewer, targets);
    const QHash<qint64, MuteRepository::Mute> muting = core.store.mutes.muting(viewer, targets);
    QJsonArray out;
    for (qint64 id : targets) {
        tusk::Relationship r;
        r.id = QString::number(id);
        const auto f = following.constFind(id);
        r.following = f != following.constEnd();
        r.showingReblogs = r.following && f->showReblogs;
        r.notifying = r.following && f->notify;
        r.followedBy = followedBy.contains(id);
        r.requested = requested.contains(id);
        r.requestedBy = requestedBy.contains(id);
        r.blocking = blocking.contains(id);
        r.blockedBy = blockedBy.contains(id);
        const auto mute = muting.constFind(id);
        r.muting = mute != muting.constEnd();
        r.mutingNotifications = r.muting && mute->notifications;
        QJsonObject o = r.toJson();
        // Mastodon 4.3 sends it (null for a mute without end, or no mute).
        o.insert(QStringLiteral("muting_expires_at"), r.muting && mute->expiresAt
                                                          ? QJsonValue(timestamp(mute->expiresAt))
                                                          : QJsonValue(QJsonValue::Null));
        out.append(o);
    }
    return out;
}

QJsonArray notifications(ServerCore &core, const QList<NotificationRow> &rows, qint64 viewer)
{
    QList<qint64> accountIds, statusIds, notificationIds;
    for (const NotificationRow &n : rows) {
        notificationIds.append(n.id);
        accountIds.append(n.fromAccountId);
        if (n.statusId)
            statusIds.append(n.statusId);
    }
    const QHash<qint64, AccountRow> accountRows = core.store.accounts.byIds(accountIds);
    const QHash<qint64, StatusRow> statusRows = core.store.statuses.byIds(statusIds);
    QList<StatusRow> statusList;
    for (qint64 id : std::as_const(statusIds)) {
        if (statusRows.contains(id))
            statusList.append(statusRows.value(id));
    }
    QHash<qint64, tusk::Status> rendered;
    const QList<tusk::Status> entities = statusEntities(core, statusList, viewer);
    for (qsizetype i = 0; i < statusList.size(); ++i)
        rendered.insert(statusList.at(i).id, entities.at(i));

    const QHash<qint64, QString> groupKeys =
        NotificationGroupRepository(core.store).groupKeys(notificationIds);
    QJsonArray out;
    for (const NotificationRow &n : rows) {
        tusk::Notification e;
        e.id = QString::number(n.id);
        e.type = n.type;
        e.groupKey = groupKeys.value(n.id, QStringLiteral("ungrouped-%1").arg(n.id));
        e.createdAt = utc(n.createdAt);
        e.account = accountEntity(core, accountRows.value(n.fromAccountId));
        if (n.statusId && rendered.contains(n.statusId))
            e.status = rendered.value(n.statusId);
        out.append(e.toJson());
    }
    return out;
}

QJsonObject application(const AppRow &app, const QByteArray &clientSecret)
{
    tusk::Application e;
    e.id = QString::number(app.id);
    e.name = app.name;
    e.website = app.website;
    e.scopes = app.scopes.split(u' ', Qt::SkipEmptyParts);
    e.redirectUri = app.redirectUris.join(u'\n');
    e.redirectUris = app.redirectUris;
    if (!clientSecret.isEmpty()) {
        e.clientId = app.clientId;
        e.clientSecret = QString::fromLatin1(clientSecret);
        e.extra.insert(QStringLiteral("client_secret_expires_at"), 0);
    }
    QJsonObject o = e.toJson();
    o.insert(QStringLiteral("vapid_key"), QString()); // no Web Push yet; clients expect the key
    return o;
}

} // namespace tusk::server::render
