#include "streaming/sseparser.h"

namespace tusk::streaming {

QList<SseEvent> SseParser::feed(const QByteArray &chunk)
{
    QList<SseEvent> out;
    qsizetype i = 0;
    if (!m_started) {
        // A BOM may only open the stream; it may itself arrive split, so wait for 3 bytes.
        m_line += chunk;
        if (m_line.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_line))
            return out;
        m_started = true;
        QByteArray first = m_line;
        m_line.clear();
        if (first.startsWith("\xEF\xBB\xBF"))
            first.remove(0, 3);
        return feed(first);
    }
    const qsizetype n = chunk.size();
    if (m_skipLf && n > 0 && chunk.at(0) == '\n')
        i = 1;
    m_skipLf = false;
    while (i < n) {
        qsizetype end = i;
        while (end < n && chunk.at(end) != '\n' && chunk.at(end) != '\r')
            ++end;
        if (!m_overlong)
            m_line.append(chunk.constData() + i, end - i);
        if (m_line.size() > kMaxLineBytes) {
            // A line no event needs: drop it whole rather than grow without bound.
            m_overlong = true;
            m_line.clear();
        }
        if (end == n)
            break; // partial line: wait for more
        if (chunk.at(end) == '\r') {
            if (end + 1 < n) {
                if (chunk.at(end + 1) == '\n')
                    ++end;
            } else {
                m_skipLf = true;
            }
        }
        if (m_overlong)
            m_overlong = false;
        else
            processLine(m_line, out);
        m_line.clear();
        i = end + 1;
    }
    return out;
}

void SseParser::reset()
{
    m_line.clear();
    m_skipLf = false;
    m_overlong = false;
    m_started = false;
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            SseEvent e;
            if (!m_event.isEmpty())
                e.event = m_event;
            e.data = m_data;
            e.lastEventId = m_lastEventId;
            out.append(std::move(e));
        }
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_hasData)
            m_data += u'\n';
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.startsWith('+'))
            m_retryMs = ms;
    }
    // Other fields are ignored, as the spec says.
}

} // namespace tusk::streaming
