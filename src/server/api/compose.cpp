#include "server/api/compose.h"

#include "core/content/markdown.h"
#include "server/text/statustext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tusk::server::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

// `x[]` as a JSON array, a Rails-style {"0": …} object or a single value.
QStringList listOf(const QJsonValue &v)
{
    QStringList out;
    auto text = [](const QJsonValue &e) {
        return e.isDouble() ? QString::number(e.toDouble()) : e.toString();
    };
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out << text(e);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.toLongLong() < b.toLongLong();
        });
        for (const QString &k : keys)
            out << text(o.value(k));
    } else if (v.isString()) {
        out << v.toString();
    }
    return out;
}

} // namespace

int weightedLength(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"]+"));
    static const QRegularExpression remoteMention(
        QStringLiteral("(?<![\\w@/])(@[A-Za-z0-9_]+)@[A-Za-z0-9.\\-:]+"));
    QString t = text;
    t.replace(url, QString(23, u'x'));
    t.replace(remoteMention, QStringLiteral("\\1"));
    return int(t.toUcs4().size());
}

std::optional<Response> composeText(Context &ctx, const QString &text, const QString &contentType,
                                    ComposedText *out)
{
    Store &store = ctx.store();
    const QString type = contentType.trimmed().toLower();
    if (!type.isEmpty() && type != u"text/plain" && type != u"text/markdown")
        return unprocessable(tr("Validation failed: Content type must be text/plain or "
                                "text/markdown"));
    const LinkTargets targets{ctx.core.baseUrl, ctx.core.localHost, [&store](const QString &name) {
                                  const auto a = store.accounts.byUsername(name);
                                  return a ? a->id : qint64(0);
                              }};
    // Mentions and tags are found in the text either way; Markdown only changes the HTML.
    const FormattedText formatted = formatStatusText(text, targets);
    out->contentType = type == u"text/markdown" ? type : QString();
    out->html = out->contentType.isEmpty() ? formatted.html : content::markdownToHtml(text);
    out->mentions.clear();
    for (const auto &m : formatted.mentions)
        out->mentions.append(m.accountId);
    out->tags = formatted.tags;
    return std::nullopt;
}

std::optional<Response> collectMedia(Context &ctx, qint64 statusId, QList<qint64> *ids)
{
    ids->clear();
    const QStringList raw = ctx.params().list(u"media_ids");
    for (const QString &s : raw) {
        if (s.isEmpty())
            continue;
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || ids->contains(id))
            return unprocessable(tr("Validation failed: Media attachments are invalid"));
        ids->append(id);
    }
    if (ids->size() > ctx.core.config.maxMediaAttachments)
        return unprocessable(tr("Validation failed: Media attachments are too many (at most %1)")
                                 .arg(ctx.core.config.maxMediaAttachments));
    for (qint64 id : std::as_const(*ids)) {
        const std::optional<MediaRow> m = ctx.store().media.byId(id);
        // Someone else's upload is as good as missing; one already in another post cannot move.
        if (!m || m->accountId != ctx.viewer() || (m->statusId && m->statusId != statusId))
            return unprocessable(tr("Validation failed: Media attachment %1 was not found or is "
                                    "already attached")
                                     .arg(id));
    }
    return std::nullopt;
}

std::optional<Response> readPoll(Context &ctx, std::optional<PollRow> *out)
{
    out->reset();
    const QJsonValue value = ctx.params().value(u"poll");
    if (!value.isObject() || value.toObject().isEmpty())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const ServerConfig &cfg = ctx.core.config;
    PollRow poll;
    for (const QString &option : listOf(o.value(QStringLiteral("options"))))
        poll.options.append(option.trimmed());
    if (poll.options.size() < 2)
        return unprocessable(tr("Validation failed: Poll must have at least 2 options"));
    if (poll.options.size() > cfg.maxPollOptions)
        return unprocessable(tr("Validation failed: Poll can't contain more than %1 options")
                                 .arg(cfg.maxPollOptions));
    QSet<QString> seen;
    for (const QString &option : std::as_const(poll.options)) {
        if (option.isEmpty())
            return unprocessable(tr("Validation failed: Poll options can't be blank"));
        if (option.size() > cfg.maxPollOptionChars)
            return unprocessable(
                tr("Validation failed: Poll options can't be longer than %1 characters")
                    .arg(cfg.maxPollOptionChars));
        if (seen.contains(option))
            return unprocessable(tr("Validation failed: Poll options must not have duplicates"));
        seen.insert(option);
    }
    bool ok = false;
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    const qint64 expiresIn =
        expires.isDouble() ? qint64(expires.toDouble()) : expires.toString().toLongLong(&ok);
    if (expires.isDouble())
        ok = true;
    if (!ok || expiresIn < cfg.minPollExpirySecs || expiresIn > cfg.maxPollExpirySecs)
        return unprocessable(tr("Validation failed: Poll expiration must be between %1 and %2 "
                                "seconds")
                                 .arg(cfg.minPollExpirySecs)
                                 .arg(cfg.maxPollExpirySecs));
    poll.expiresAt = ctx.store().nowMs() + expiresIn * 1000;
    poll.multiple = Params::truthy(o.value(QStringLiteral("multiple")));
    poll.hideTotals = Params::truthy(o.value(QStringLiteral("hide_totals")));
    poll.accountId = ctx.viewer();
    *out = poll;
    return std::nullopt;
}

} // namespace tusk::server::api
