#pragma once
#include "models/statuslistmodel.h"

namespace tusk::models {

// A conversation around one status: its ancestors, the status itself (isFocus) and its
// descendants in the server's order, each with its depth in the reply tree (computed from the
// in_reply_to chains: ancestors and the focus at 0, a reply one deeper than what it answers).
// Shows the cached thread (cache timeline "thread:<statusId>") at once, then fetches the
// context; the whole thread is one page.
class ThreadModel : public StatusListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusId READ statusId WRITE setStatusId NOTIFY statusIdChanged)

public:
    explicit ThreadModel(QObject *parent = nullptr);

    QString statusId() const { return m_statusId; }
    void setStatusId(const QString &statusId);
    QHash<int, QByteArray> roleNames() const override;
    int focusRow() const;

Q_SIGNALS:
    void statusIdChanged();

protected:
    QString filterContext() const override { return QStringLiteral("thread"); }
    int pageSize() const override { return 100'000; }
    bool startNetwork() override;
    bool pagesFromNetwork() const override { return false; }
    bool opensStream() const override { return false; }
    void rowsReloaded() override;
    QVariant extraData(const Row &row, const Entry *entry, int role) const override;

private:
    QString m_statusId;
};

} // namespace tusk::models
