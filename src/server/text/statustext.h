#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tusk::server {

// Plain text as typed → the HTML Mastodon sends in `content`: escaped, paragraphs and line breaks,
// links for URLs, local @mentions and #hashtags. Unknown @names stay plain text.
struct FormattedText {
    QString html;
    struct Mention {
        qint64 accountId;
        QString username;
    };
    QList<Mention> mentions; // in order of appearance, no duplicates
    QStringList tags;        // as written (case kept), no duplicates (case-insensitive)
};

struct LinkTargets {
    QString baseUrl;   // https://host (no trailing slash)
    QString localHost; // host[:port] accepted after @name@
    // username → account id (0: no such local account)
    std::function<qint64(const QString &username)> resolveAccount;
};

FormattedText formatStatusText(const QString &text, const LinkTargets &targets);
// Profile notes: same, without the mention bookkeeping.
QString formatPlainNote(const QString &text, const LinkTargets &targets);

} // namespace tusk::server
