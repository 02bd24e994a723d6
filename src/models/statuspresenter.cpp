#include "models/statuspresenter.h"

#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"

#include <QLocale>
#include <QUrl>

namespace tusk::models {

namespace {

void judge(const QList<FilterResult> &results, const QString &context, const QDateTime &now,
           FilterVerdict &verdict)
{
    if (context.isEmpty())
        return; // bookmarks, favourites: lists the user made, never filtered
    for (const FilterResult &r : results) {
        const Filter &f = r.filter;
        if (!f.context.isEmpty() && !f.context.contains(context))
            continue;
        if (f.expiresAt && f.expiresAt->isValid() && *f.expiresAt <= now)
            continue;
        if (f.filterAction == u"hide") {
            verdict.action = FilterVerdict::Action::Hide;
        } else if (verdict.action == FilterVerdict::Action::None) {
            // "warn" and "blur" (Mastodon 4.4: media hidden) both show the notice here.
            verdict.action = FilterVerdict::Action::Warn;
        }
        if (!f.title.isEmpty() && !verdict.titles.contains(f.title))
            verdict.titles.append(f.title);
    }
}

QVariantMap cardMap(const PreviewCard &card)
{
    return {{QStringLiteral("url"), card.url},
            {QStringLiteral("title"), card.title},
            {QStringLiteral("description"), card.description},
            {QStringLiteral("image"), card.image},
            {QStringLiteral("providerName"), card.providerName}};
}

QVariantMap pollMap(const Poll &poll)
{
    // Multiple-choice polls count voters, so percentages are of people, as Mastodon shows them.
    const qint64 base = poll.multiple && poll.votersCount ? *poll.votersCount : poll.votesCount;
    QVariantList options;
    for (const PollOption &o : poll.options) {
        const qint64 votes = o.votesCount.value_or(0);
        options.append(QVariantMap{
            {QStringLiteral("title"), o.title},
            {QStringLiteral("votesCount"), o.votesCount ? QVariant(votes) : QVariant()},
            {QStringLiteral("percent"), base > 0 ? double(votes) * 100.0 / double(base) : 0.0}});
    }
    QVariantList own;
    for (qint64 v : poll.ownVotes.value_or(QList<qint64>()))
        own.append(int(v));
    return {{QStringLiteral("id"), poll.id},
            {QStringLiteral("expiresAt"), poll.expiresAt.value_or(QDateTime())},
            {QStringLiteral("expired"), poll.expired},
            {QStringLiteral("multiple"), poll.multiple},
            {QStringLiteral("votesCount"), poll.votesCount},
            {QStringLiteral("voted"), poll.voted.value_or(false)},
            {QStringLiteral("ownVotes"), own},
            {QStringLiteral("options"), options}};
}

} // namespace

FilterVerdict filterVerdict(const Status &status, const QString &context, const QDateTime &now)
{
    FilterVerdict verdict;
    judge(status.filtered, context, now, verdict);
    if (status.reblog)
        judge(status.reblog->filtered, context, now, verdict);
    return verdict;
}

QString handleOf(const Account &account)
{
    if (account.acct.contains(u'@'))
        return u'@' + account.acct;
    const QString host = QUrl(account.url).host();
    const QString user = account.acct.isEmpty() ? account.username : account.acct;
    return host.isEmpty() ? u'@' + user : QStringLiteral("@%1@%2").arg(user, host);
}

PresentedStatus presentStatus(content::HtmlSanitizer &sanitizer, const Status &item)
{
    const Status &s = item.reblog ? *item.reblog : item;
    PresentedStatus p;
    p.wrapperId = item.id;
    p.statusId = s.id;
    p.url = s.url.isEmpty() ? s.uri : s.url;
    p.authorId = s.account.id;
    p.authorDisplayName = content::renderDisplayName(s.account);
    p.authorPlainName =
        s.account.displayName.isEmpty() ? s.account.username : s.account.displayName;
    p.authorHandle = handleOf(s.account);
    p.authorAvatar = s.account.avatar;
    if (item.reblog) {
        p.boostedById = item.account.id;
        p.boostedByDisplayName = content::renderDisplayName(item.account);
        p.boostedByPlainName =
            item.account.displayName.isEmpty() ? item.account.username : item.account.displayName;
    }
    p.inReplyToId = s.inReplyToId;
    if (!s.inReplyToAccountId.isEmpty()) {
        if (s.inReplyToAccountId == s.account.id) {
            p.replyToHandle = p.authorHandle;
        } else {
            for (const Mention &m : s.mentions) {
                if (m.id == s.inReplyToAccountId) {
                    const QString host = QUrl(m.url).host();
                    p.replyToHandle = m.acct.contains(u'@') || host.isEmpty()
                                          ? u'@' + m.acct
                                          : QStringLiteral("@%1@%2").arg(m.acct, host);
                    break;
                }
            }
        }
    }
    p.createdAt = s.createdAt;
    p.editedAt = s.editedAt.value_or(QDateTime());
    p.visibility = s.visibility;

    const content::RichContent body = content::renderStatusContent(sanitizer, s);
    p.contentHtml = body.html;
    p.plainText = body.plainText;
    if (!s.spoilerText.isEmpty()) {
        const content::RichContent cw = content::renderSpoiler(s);
        p.spoilerHtml = cw.html;
        p.spoilerPlain = cw.plainText;
    }
    p.sensitive = s.sensitive;
    p.language = s.language;

    for (const MediaAttachment &m : s.mediaAttachments) {
        qint64 width = 0, height = 0;
        if (m.meta && m.meta->original) {
            width = m.meta->original->width.value_or(0);
            height = m.meta->original->height.value_or(0);
        }
        if ((!width || !height) && m.meta && m.meta->small) {
            width = m.meta->small->width.value_or(0);
            height = m.meta->small->height.value_or(0);
        }
        p.media.append(QVariantMap{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("type"), m.type},
                                   {QStringLiteral("url"), m.url.isEmpty() ? m.remoteUrl : m.url},
                                   {QStringLiteral("previewUrl"), m.previewUrl},
                                   {QStringLiteral("description"), m.description},
                                   {QStringLiteral("blurhash"), m.blurhash},
                                   {QStringLiteral("width"), width},
                                   {QStringLiteral("height"), height}});
        p.mediaAltTexts.append(m.description);
    }
    p.mediaCount = int(s.mediaAttachments.size());
    if (s.card)
        p.card = cardMap(*s.card);
    if (s.poll) {
        p.poll = pollMap(*s.poll);
        p.pollId = s.poll->id;
    }
    if (s.quote && s.quote->quotedStatus &&
        (s.quote->state.isEmpty() || s.quote->state == u"accepted")) {
        const Status &q = *s.quote->quotedStatus;
        p.quote = {
            {QStringLiteral("statusId"), q.id},
            {QStringLiteral("authorDisplayName"), content::renderDisplayName(q.account)},
            {QStringLiteral("authorHandle"), handleOf(q.account)},
            {QStringLiteral("contentHtml"), content::renderStatusContent(sanitizer, q).html}};
    }
    p.repliesCount = s.repliesCount;
    p.reblogsCount = s.reblogsCount;
    p.favouritesCount = s.favouritesCount;
    p.favourited = s.favourited.value_or(false);
    p.reblogged = s.reblogged.value_or(false);
    p.bookmarked = s.bookmarked.value_or(false);
    p.pinned = s.pinned.value_or(false);
    return p;
}

void applyPending(PresentedStatus &p, const cache::PendingState &pending)
{
    if (pending.favourited && *pending.favourited != p.favourited) {
        p.favourited = *pending.favourited;
        p.favouritesCount = qMax<qint64>(0, p.favouritesCount + (p.favourited ? 1 : -1));
    }
    if (pending.reblogged && *pending.reblogged != p.reblogged) {
        p.reblogged = *pending.reblogged;
        p.reblogsCount = qMax<qint64>(0, p.reblogsCount + (p.reblogged ? 1 : -1));
    }
    if (pending.bookmarked)
        p.bookmarked = *pending.bookmarked;
}

QString Summary::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = qMax<qint64>(0, when.secsTo(now));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n hour(s) ago", nullptr, int(secs / 3600));
    if (secs < 7 * 86400)
        return tr("%n day(s) ago", nullptr, int(secs / 86400));
    return tr("on %1").arg(QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat));
}

QString Summary::forStatus(const PresentedStatus &p, const QDateTime &now)
{
    QStringList parts;
    if (p.boostedByPlainName.isEmpty())
        parts.append(tr("%1 (%2) wrote").arg(p.authorPlainName, p.authorHandle));
    else
        parts.append(
            tr("%1 boosted %2 (%3)").arg(p.boostedByPlainName, p.authorPlainName, p.authorHandle));
    if (!p.replyToHandle.isEmpty())
        parts.append(tr("in reply to %1").arg(p.replyToHandle));
    if (!p.spoilerPlain.isEmpty())
        parts.append(tr("Content warning: %1").arg(p.spoilerPlain));
    else if (!p.plainText.trimmed().isEmpty())
        parts.append(p.plainText.trimmed());
    if (p.mediaCount > 0) {
        QStringList alts;
        for (const QString &alt : p.mediaAltTexts) {
            alts.append(alt.isEmpty() ? tr("no description") : alt);
        }
        parts.append(
            tr("%n attachment(s): %1", nullptr, p.mediaCount).arg(alts.join(QStringLiteral("; "))));
    }
    if (!p.poll.isEmpty()) {
        QStringList options;
        for (const QVariant &o : p.poll.value(QStringLiteral("options")).toList())
            options.append(o.toMap().value(QStringLiteral("title")).toString());
        parts.append(tr("Poll with %n option(s): %1", nullptr, int(options.size()))
                         .arg(options.join(QStringLiteral(", "))));
    }
    if (!p.quote.isEmpty())
        parts.append(
            tr("Quoting %1").arg(p.quote.value(QStringLiteral("authorHandle")).toString()));
    parts.append(tr("posted %1, %2")
                     .arg(relativeTime(p.createdAt, now),
                          QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat)));
    if (p.editedAt.isValid())
        parts.append(tr("edited"));
    parts.append(QStringList{tr("%n reply(s)", nullptr, int(p.repliesCount)),
                             tr("%n boost(s)", nullptr, int(p.reblogsCount)),
                             tr("%n favourite(s)", nullptr, int(p.favouritesCount))}
                     .join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(". ")) + u'.';
}

QString Summary::forNotification(const QString &type, const QStringList &actors, int groupCount,
                                 const PresentedStatus *status, const QDateTime &when,
                                 const QDateTime &now)
{
    const QString first = actors.value(0);
    const int others = qMax(0, groupCount - 1);
    QString who = others > 0 ? tr("%1 and %n other(s)", nullptr, others).arg(first) : first;
    QString what;
    if (type == u"favourite")
        what = tr("%1 favourited your post").arg(who);
    else if (type == u"reblog")
        what = tr("%1 boosted your post").arg(who);
    else if (type == u"follow")
        what = tr("%1 followed you").arg(who);
    else if (type == u"follow_request")
        what = tr("%1 asked to follow you").arg(who);
    else if (type == u"mention")
        what = tr("%1 mentioned you").arg(who);
    else if (type == u"poll")
        what = tr("A poll has ended");
    else if (type == u"status")
        what = tr("%1 posted").arg(who);
    else if (type == u"update")
        what = tr("%1 edited a post").arg(who);
    else
        what = tr("Notification from %1").arg(who);
    QStringList parts{what};
    if (status) {
        if (!status->spoilerPlain.isEmpty())
            parts.append(tr("Content warning: %1").arg(status->spoilerPlain));
        else if (!status->plainText.trimmed().isEmpty())
            parts.append(status->plainText.trimmed());
    }
    parts.append(relativeTime(when, now));
    return parts.join(QStringLiteral(". ")) + u'.';
}

} // namespace tusk::models
