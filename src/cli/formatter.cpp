#include "cli/formatter.h"

#include "core/content/statuscontent.h"

#include <QJsonDocument>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace tusk::cli {

namespace {
// The content pipeline wraps links and names in Unicode bidi isolates (U+2066..U+2069) so that
// a GUI lays out mixed-direction text safely. Terminals rarely apply the bidi algorithm and
// some draw these as boxes, so plain text for the terminal goes without them.
QString forTerminal(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
    return text;
}

// Servers shorten long links for display ("example.org/a/very/lo…"); on a terminal the full
// address is what a person can open or copy, so shortened link texts become their href.
QString withFullLinks(const content::RichContent &content)
{
    QString text = content.plainText;
    qsizetype from = 0;
    for (const content::ContentLink &link : content.links) {
        if (link.kind != content::ContentLink::Kind::Url || link.text == link.href ||
            !link.text.endsWith(u'…'))
            continue;
        const qsizetype at = text.indexOf(link.text, from);
        if (at < 0)
            continue;
        text.replace(at, link.text.size(), link.href);
        from = at + link.href.size();
    }
    return forTerminal(text);
}
} // namespace

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return Formatter::tr("unknown time");
    const qint64 secs = when.secsTo(now);
    const qint64 a = secs < 0 ? -secs : secs;
    QString amount;
    if (a < 60)
        amount = Formatter::tr("%1s").arg(a);
    else if (a < 3600)
        amount = Formatter::tr("%1m").arg(a / 60);
    else if (a < 86400)
        amount = Formatter::tr("%1h").arg(a / 3600);
    else if (a < 7 * 86400)
        amount = Formatter::tr("%1d").arg(a / 86400);
    else
        return when.toLocalTime().date().toString(Qt::ISODate);
    if (secs >= 0 && secs < 10)
        return Formatter::tr("just now");
    return secs >= 0 ? Formatter::tr("%1 ago").arg(amount) : Formatter::tr("in %1").arg(amount);
}

QString wrapText(const QString &text, int width, const QString &indent)
{
    const QStringList lines = text.split(u'\n');
    QStringList out;
    const int room = width > 0 ? std::max(10, width - int(indent.size())) : 0;
    for (const QString &line : lines) {
        if (room == 0 || line.size() <= room) {
            out << indent + line;
            continue;
        }
        QString current;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        for (QString word : words) {
            while (word.size() > room) { // a URL or a very long word: break it
                if (!current.isEmpty()) {
                    out << indent + current;
                    current.clear();
                }
                out << indent + word.left(room);
                word = word.mid(room);
            }
            if (current.isEmpty())
                current = word;
            else if (current.size() + 1 + word.size() <= room)
                current += u' ' + word;
            else {
                out << indent + current;
                current = word;
            }
        }
        if (!current.isEmpty() || words.isEmpty())
            out << indent + current;
    }
    return out.join(u'\n');
}

int terminalWidth()
{
    if (!::isatty(STDOUT_FILENO))
        return 0;
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 80;
}

Formatter::Formatter(bool json, bool quiet, int width)
    : m_json(json), m_quiet(quiet), m_width(width), m_now(QDateTime::currentDateTimeUtc()),
      m_out(stdout), m_err(stderr)
{}

void Formatter::jsonLine(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n'
          << Qt::flush;
}

void Formatter::line(const QString &text)
{
    m_out << text << '\n' << Qt::flush;
}

void Formatter::info(const QString &text)
{
    if (!m_quiet)
        m_err << text << '\n' << Qt::flush;
}

void Formatter::error(const QString &text)
{
    m_err << text << '\n' << Qt::flush;
}

void Formatter::separate()
{
    if (m_printedBlock)
        m_out << '\n';
    m_printedBlock = true;
}

QString Formatter::header(const Status &s) const
{
    QStringList parts{u'@' + s.account.acct, relativeTime(s.createdAt, m_now)};
    if (!s.visibility.isEmpty())
        parts << s.visibility;
    if (s.editedAt)
        parts << tr("edited");
    return parts.join(QStringLiteral(" · "));
}

QString Formatter::mediaLines(const Status &s) const
{
    if (s.mediaAttachments.isEmpty())
        return {};
    QStringList lines{tr("Attachments: %1%2")
                          .arg(s.mediaAttachments.size())
                          .arg(s.sensitive ? tr(" (sensitive)") : QString())};
    for (const MediaAttachment &m : s.mediaAttachments) {
        const QString alt =
            m.description.trimmed().isEmpty() ? tr("(no description)") : m.description.simplified();
        lines << wrapText(
            QStringLiteral("[%1] %2").arg(m.type.isEmpty() ? tr("media") : m.type, alt), m_width,
            QStringLiteral("  "));
    }
    return lines.join(u'\n');
}

QString Formatter::pollLines(const Poll &poll) const
{
    QStringList lines;
    const bool hidden = std::any_of(poll.options.begin(), poll.options.end(),
                                    [](const PollOption &o) { return !o.votesCount; });
    lines << (poll.multiple ? tr("Poll (several choices):") : tr("Poll:"));
    for (qsizetype i = 0; i < poll.options.size(); ++i) {
        const PollOption &o = poll.options.at(i);
        const bool mine = poll.ownVotes && poll.ownVotes->contains(i);
        QString votes;
        if (o.votesCount) {
            const qint64 total = poll.votesCount > 0 ? poll.votesCount : 0;
            const int percent = total > 0 ? int((*o.votesCount * 100 + total / 2) / total) : 0;
            votes = tr(" — %1%, votes: %2").arg(percent).arg(*o.votesCount);
        }
        lines << wrapText(
            QStringLiteral("%1 %2%3").arg(mine ? QStringLiteral("(x)") : QStringLiteral("( )"),
                                          o.title.simplified(), votes),
            m_width, QStringLiteral("  "));
    }
    QStringList summary;
    summary << (hidden ? tr("results hidden") : tr("votes: %1").arg(poll.votesCount));
    if (poll.expired)
        summary << tr("closed");
    else if (poll.expiresAt)
        summary << tr("closes %1").arg(relativeTime(*poll.expiresAt, m_now));
    lines << QStringLiteral("  ") + summary.join(QStringLiteral(" · "));
    return lines.join(u'\n');
}

QString Formatter::statusBody(const Status &shown)
{
    QStringList blocks;
    if (!shown.spoilerText.isEmpty()) {
        const content::RichContent cw = content::renderSpoiler(shown);
        blocks << wrapText(tr("CW: %1").arg(forTerminal(cw.plainText).simplified()), m_width);
    }
    const content::RichContent body = content::renderStatusContent(m_sanitizer, shown);
    if (!body.plainText.trimmed().isEmpty())
        blocks << wrapText(withFullLinks(body).trimmed(), m_width);
    if (const QString media = mediaLines(shown); !media.isEmpty())
        blocks << media;
    if (shown.poll)
        blocks << pollLines(*shown.poll);
    if (shown.card && !shown.card->url.isEmpty())
        blocks << wrapText(tr("Link: %1 <%2>").arg(shown.card->title.simplified(), shown.card->url),
                           m_width);
    return blocks.join(u'\n');
}

void Formatter::status(const Status &s)
{
    if (m_json) {
        entity(s);
        return;
    }
    separate();
    const Status &shown = s.reblog ? *s.reblog : s;
    QStringList out;
    if (s.reblog)
        out << tr("⇄ @%1 boosted · %2").arg(s.account.acct, relativeTime(s.createdAt, m_now));
    out << wrapText(header(shown), m_width);
    if (!shown.inReplyToId.isEmpty())
        out << tr("↳ in reply to %1").arg(shown.inReplyToId);
    if (const QString body = statusBody(shown); !body.isEmpty())
        out << body;
    QStringList footer{tr("replies %1").arg(shown.repliesCount),
                       tr("boosts %1").arg(shown.reblogsCount),
                       tr("favourites %1").arg(shown.favouritesCount)};
    QStringList mine;
    if (shown.favourited.value_or(false))
        mine << tr("favourited");
    if (shown.reblogged.value_or(false))
        mine << tr("boosted");
    if (shown.bookmarked.value_or(false))
        mine << tr("bookmarked");
    if (!mine.isEmpty())
        footer << tr("you %1").arg(mine.join(QStringLiteral(", ")));
    footer << tr("id %1").arg(shown.id);
    if (s.reblog)
        footer << tr("boost id %1").arg(s.id);
    out << wrapText(footer.join(QStringLiteral(" · ")), m_width);
    m_out << out.join(u'\n') << '\n' << Qt::flush;
}

void Formatter::account(const Account &a, const Relationship *relationship)
{
    if (m_json) {
        entity(a);
        return;
    }
    separate();
    QStringList out;
    const QString name = a.displayName.trimmed().isEmpty() ? a.username : a.displayName;
    QStringList title{QStringLiteral("%1 (@%2)").arg(name.simplified(), a.acct)};
    if (a.locked)
        title << tr("locked");
    if (a.bot)
        title << tr("bot");
    out << title.join(QStringLiteral(" · "));
    const content::RichContent note = content::renderAccountNote(m_sanitizer, a);
    if (!note.plainText.trimmed().isEmpty())
        out << wrapText(withFullLinks(note).trimmed(), m_width, QStringLiteral("  "));
    out << QStringLiteral("  ") + QStringList{tr("posts %1").arg(a.statusesCount),
                                              tr("following %1").arg(a.followingCount),
                                              tr("followers %1").arg(a.followersCount)}
                                      .join(QStringLiteral(" · "));
    if (relationship) {
        QStringList rel;
        if (relationship->following)
            rel << tr("you follow them");
        else if (relationship->requested)
            rel << tr("follow requested");
        if (relationship->followedBy)
            rel << tr("follows you");
        if (!rel.isEmpty())
            out << QStringLiteral("  ") + rel.join(QStringLiteral(" · "));
    }
    QStringList footer{tr("id %1").arg(a.id)};
    if (!a.url.isEmpty())
        footer << a.url;
    out << QStringLiteral("  ") + footer.join(QStringLiteral(" · "));
    m_out << out.join(u'\n') << '\n' << Qt::flush;
}

void Formatter::notification(const Notification &n)
{
    if (m_json) {
        entity(n);
        return;
    }
    separate();
    const QString who = u'@' + n.account.acct;
    QString what;
    if (n.type == u"mention")
        what = tr("%1 mentioned you");
    else if (n.type == u"status")
        what = tr("%1 posted");
    else if (n.type == u"reblog")
        what = tr("%1 boosted your post");
    else if (n.type == u"favourite")
        what = tr("%1 favourited your post");
    else if (n.type == u"follow")
        what = tr("%1 followed you");
    else if (n.type == u"follow_request")
        what = tr("%1 asked to follow you");
    else if (n.type == u"poll")
        what = tr("A poll has ended (%1)");
    else if (n.type == u"update")
        what = tr("%1 edited a post");
    else if (n.type == u"quote")
        what = tr("%1 quoted your post");
    else if (n.type == u"admin.sign_up")
        what = tr("%1 signed up");
    else if (n.type == u"admin.report")
        what = tr("%1 filed a report");
    else
        what = tr("%1: %2").arg(QStringLiteral("%1"), n.type);
    QStringList out{
        QStringList{what.arg(who), relativeTime(n.createdAt, m_now), tr("id %1").arg(n.id)}.join(
            QStringLiteral(" · "))};
    if (n.status) {
        const QString body = statusBody(*n.status);
        if (!body.isEmpty())
            out << wrapText(body, m_width, QStringLiteral("  > "));
        out << QStringLiteral("  ") + tr("status id %1").arg(n.status->id);
    }
    m_out << out.join(u'\n') << '\n' << Qt::flush;
}

void Formatter::tag(const Tag &t)
{
    if (m_json) {
        entity(t);
        return;
    }
    separate();
    qint64 uses = 0;
    for (const TagHistory &h : t.history)
        uses += h.uses;
    QString text = u'#' + t.name;
    if (!t.history.isEmpty())
        text += QStringLiteral(" · ") + tr("used %1 times recently").arg(uses);
    m_out << text << '\n' << Qt::flush;
}

void Formatter::search(const tusk::Search &r)
{
    if (m_json) {
        // One entity per line; the kinds tell themselves apart by shape (Account/Status/Tag).
        for (const Account &a : r.accounts)
            entity(a);
        for (const Status &s : r.statuses)
            entity(s);
        for (const Tag &t : r.hashtags)
            entity(t);
        return;
    }
    for (const Account &a : r.accounts)
        account(a);
    for (const Tag &t : r.hashtags)
        tag(t);
    for (const Status &s : r.statuses)
        status(s);
    if (r.accounts.isEmpty() && r.statuses.isEmpty() && r.hashtags.isEmpty())
        info(tr("Nothing found."));
}

} // namespace tusk::cli
