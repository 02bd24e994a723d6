#pragma once
#include "core/content/htmlsanitizer.h"
#include "core/entities/account.h"
#include "core/entities/notification.h"
#include "core/entities/search.h"
#include "core/entities/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace tusk::cli {

// "just now", "5m ago", "3h ago", "2d ago", then the date; "in 2h" for future times.
QString relativeTime(const QDateTime &when, const QDateTime &now);
// Word-wraps each line of `text` to `width` columns (0: no wrapping), prefixing every output line
// with `indent`. Words longer than a line are broken. Existing line breaks are kept.
QString wrapText(const QString &text, int width, const QString &indent = {});
// Columns of the terminal on stdout, or 0 when stdout is not a terminal.
int terminalWidth();

// Everything the CLI prints. Human-readable text on stdout (wrapped when stdout is a terminal),
// or with --json one entity per line, compact, re-serialised with toJson(). Messages for people
// go to stderr; --quiet drops the informational ones (never errors).
class Formatter {
    Q_DECLARE_TR_FUNCTIONS(Formatter)
public:
    Formatter(bool json, bool quiet, int width = terminalWidth());

    bool json() const { return m_json; }
    bool quiet() const { return m_quiet; }
    int width() const { return m_width; }
    void setNow(const QDateTime &now) { m_now = now; }

    template <typename E> void entity(const E &value) { jsonLine(value.toJson()); }
    void jsonLine(const QJsonObject &object);

    // Human or JSON, depending on the mode.
    void status(const Status &status);
    void account(const Account &account, const Relationship *relationship = nullptr);
    void notification(const Notification &notification);
    void search(const tusk::Search &result);
    void tag(const Tag &tag);

    void line(const QString &text = {}); // stdout, as is
    void info(const QString &text);      // stderr unless --quiet
    void error(const QString &text);     // stderr always

    // The text of a status the way it is shown, without the header (for tests and excerpts).
    QString statusBody(const Status &status);

private:
    QString header(const Status &status) const;
    QString mediaLines(const Status &status) const;
    QString pollLines(const Poll &poll) const;
    void separate();

    bool m_json;
    bool m_quiet;
    int m_width;
    bool m_printedBlock = false;
    QDateTime m_now;
    content::HtmlSanitizer m_sanitizer;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tusk::cli
