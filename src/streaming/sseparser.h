#pragma once
// An incremental parser for text/event-stream (the WHATWG "server-sent events" rules): bytes go
// in as they arrive, in chunks of any size, and complete events come out.
#include <QByteArray>
#include <QList>
#include <QString>

namespace tusk::streaming {

struct SseEvent {
    QString event = QStringLiteral("message"); // "event:" field, "message" when absent
    QString data;                              // "data:" lines joined with '\n'
    QString lastEventId;                       // the stream's last "id:" so far
    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

class SseParser {
public:
    // Longer lines are dropped (a status with a 16 MiB payload is not one we want).
    static constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;

    // Feeds the next chunk; returns the events it completed. Lines end in CRLF, LF or CR (a CRLF
    // split across chunks is one line end). An event ends at a blank line; one without data is
    // dropped, as the spec says. Comment lines (":thump") are counted: they are heartbeats.
    QList<SseEvent> feed(const QByteArray &chunk);
    // Forgets a partial line and event (a new connection); keeps lastEventId.
    void reset();

    int commentCount() const { return m_comments; }
    QString lastEventId() const { return m_lastEventId; }
    // The "retry:" reconnection time the server asked for, in ms; -1 when none was sent.
    int retryMs() const { return m_retryMs; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);

    QByteArray m_line;
    bool m_skipLf = false;   // the previous chunk ended in CR: a leading LF belongs to it
    bool m_overlong = false; // inside a line past kMaxLineBytes: skip to its end
    bool m_started = false;  // past a possible UTF-8 byte order mark
    QString m_event;
    QString m_data;
    bool m_hasData = false;
    QString m_lastEventId;
    int m_comments = 0;
    int m_retryMs = -1;
};

} // namespace tusk::streaming
