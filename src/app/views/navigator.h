#pragma once
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// Where the views' pages ask to go: they do not know the shell's stack or columns. The shell
// connects these signals to its own navigation (AppController.openThread(...) etc.); tests
// watch them with a SignalSpy. One per QML engine.
class Navigator : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit Navigator(QObject *parent = nullptr) : QObject(parent) {}

    Q_INVOKABLE void openThread(QObject *session, const QString &statusId)
    {
        Q_EMIT threadRequested(session, statusId);
    }
    Q_INVOKABLE void openProfile(QObject *session, const QString &accountId)
    {
        Q_EMIT profileRequested(session, accountId);
    }
    // "tag:NAME", "list:ID", "account:ID", "home", ...
    Q_INVOKABLE void openTimeline(QObject *session, const QString &timeline)
    {
        Q_EMIT timelineRequested(session, timeline);
    }
    // options: {replyTo, mention} | {edit} | {redraft, text, spoilerText}
    Q_INVOKABLE void compose(QObject *session, const QVariantMap &options)
    {
        Q_EMIT composeRequested(session, options);
    }
    // "report" of an account, with the post it was made from (empty from a profile); the shell
    // owns the report form.
    Q_INVOKABLE void report(QObject *session, const QString &accountId,
                            const QString &statusId = {})
    {
        Q_EMIT reportRequested(session, accountId, statusId);
    }

Q_SIGNALS:
    void threadRequested(QObject *session, const QString &statusId);
    void profileRequested(QObject *session, const QString &accountId);
    void timelineRequested(QObject *session, const QString &timeline);
    void composeRequested(QObject *session, const QVariantMap &options);
    void reportRequested(QObject *session, const QString &accountId, const QString &statusId);
};

} // namespace tusk::views
