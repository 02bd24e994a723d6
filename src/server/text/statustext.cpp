#include "server/text/statustext.h"

#include <QRegularExpression>
#include <QUrl>

namespace tusk::server {

namespace {

const QRegularExpression &tokenPattern()
{
    // 1: URL, 2+3: @user[@host], 4: #tag. Look-behinds keep e-mail addresses and URL fragments
    // from turning into mentions or tags.
    static const QRegularExpression re(
        QStringLiteral(R"((https?://[^\s<>"]+)|(?<![\w@/])@([A-Za-z0-9_]+)(?:@([A-Za-z0-9.\-:]+))?)"
                       R"(|(?<![\w&/#])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString escapeWithBreaks(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(QStringLiteral("\n"), QStringLiteral("<br />"));
    return out;
}

QString trimUrl(QString url, qsizetype *trimmed)
{
    // Trailing punctuation belongs to the sentence, not the link.
    static const QString closers = QStringLiteral(".,;:!?'\")]");
    *trimmed = 0;
    while (!url.isEmpty() && closers.contains(url.back())) {
        if (url.back() == u')' && url.count(u'(') >= url.count(u')'))
            break;
        url.chop(1);
        ++*trimmed;
    }
    return url;
}

QString formatParagraph(QStringView para, const LinkTargets &t, FormattedText *out)
{
    QString html;
    qsizetype pos = 0;
    auto it = tokenPattern().globalMatch(para);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        QString piece;
        if (m.hasCaptured(1)) {
            qsizetype cut = 0;
            const QString url = trimUrl(m.captured(1), &cut);
            end -= cut;
            QString shown = url;
            static const QRegularExpression scheme(QStringLiteral("^https?://(www\\.)?"));
            shown.remove(scheme);
            if (shown.size() > 30)
                shown = shown.left(30) + QStringLiteral("…");
            piece = QStringLiteral("<a href=\"%1\" rel=\"nofollow noopener noreferrer\" "
                                   "target=\"_blank\">%2</a>")
                        .arg(url.toHtmlEscaped(), shown.toHtmlEscaped());
        } else if (m.hasCaptured(2)) {
            const QString name = m.captured(2);
            const QString host = m.captured(3);
            const qint64 id =
                (host.isEmpty() || host.compare(t.localHost, Qt::CaseInsensitive) == 0) &&
                        t.resolveAccount
                    ? t.resolveAccount(name)
                    : 0;
            if (id) {
                piece = QStringLiteral("<span class=\"h-card\" translate=\"no\"><a href=\"%1/@%2\" "
                                       "class=\"u-url mention\">@<span>%2</span></a></span>")
                            .arg(t.baseUrl, name.toHtmlEscaped());
                if (out) {
                    bool seen = false;
                    for (const auto &mm : std::as_const(out->mentions))
                        seen = seen || mm.accountId == id;
                    if (!seen)
                        out->mentions.append({id, name});
                }
            } else {
                piece = m.captured(0).toHtmlEscaped();
            }
        } else if (m.hasCaptured(4)) {
            const QString tag = m.captured(4);
            piece = QStringLiteral("<a href=\"%1/tags/%2\" class=\"mention hashtag\" "
                                   "rel=\"tag\">#<span>%3</span></a>")
                        .arg(t.baseUrl, QString::fromUtf8(QUrl::toPercentEncoding(tag.toLower())),
                             tag.toHtmlEscaped());
            if (out) {
                bool seen = false;
                for (const QString &x : std::as_const(out->tags))
                    seen = seen || x.compare(tag, Qt::CaseInsensitive) == 0;
                if (!seen)
                    out->tags.append(tag);
            }
        }
        html += escapeWithBreaks(para.sliced(pos, start - pos));
        html += piece;
        pos = end;
    }
    html += escapeWithBreaks(para.sliced(pos));
    return html;
}

QString format(const QString &text, const LinkTargets &t, FormattedText *out)
{
    if (text.isEmpty())
        return {}; // most profile notes: skip the regex work
    static const QRegularExpression paragraphBreak(QStringLiteral("\n[ \t]*\n+"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList paras = normalized.trimmed().split(paragraphBreak, Qt::SkipEmptyParts);
    QString html;
    for (const QString &p : paras)
        html += QStringLiteral("<p>") + formatParagraph(p, t, out) + QStringLiteral("</p>");
    return html;
}

} // namespace

FormattedText formatStatusText(const QString &text, const LinkTargets &targets)
{
    FormattedText out;
    out.html = format(text, targets, &out);
    return out;
}

QString formatPlainNote(const QString &text, const LinkTargets &targets)
{
    return format(text, targets, nullptr);
}

} // namespace tusk::server
