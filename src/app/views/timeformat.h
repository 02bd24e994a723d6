#pragma once
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// How the views write times: short relative labels ("5 min"), what a screen reader says
// ("5 minutes ago") and the absolute local time for tooltips. `now` ticks every 30 seconds so
// bindings on it keep relative labels fresh without a timer per delegate.
class TimeFormat : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
public:
    explicit TimeFormat(QObject *parent = nullptr);

    QDateTime now() const { return m_now; }

    // Short label for a timeline: "now", "42 s", "5 min", "3 h", "2 d", then a date.
    Q_INVOKABLE QString relative(const QDateTime &time) const { return relativeTo(time, m_now); }
    // For screen readers and tooltips: "5 minutes ago", "yesterday", or the date.
    Q_INVOKABLE QString spoken(const QDateTime &time) const { return spokenTo(time, m_now); }
    // Local date and time in the locale's long format.
    Q_INVOKABLE QString absolute(const QDateTime &time) const;
    // Poll expiry: "closes in 3 hours" / "closed".
    Q_INVOKABLE QString expiry(const QDateTime &time) const { return expiryTo(time, m_now); }

    static QString relativeTo(const QDateTime &time, const QDateTime &now);
    static QString spokenTo(const QDateTime &time, const QDateTime &now);
    static QString expiryTo(const QDateTime &time, const QDateTime &now);

Q_SIGNALS:
    void nowChanged();

private:
    QDateTime m_now;
    QTimer m_tick;
};

} // namespace tusk::views
