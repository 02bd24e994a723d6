#pragma once
#include "models/statuslistmodel.h"

namespace tusk::models {

// Any named timeline of the account: "home", "local", "federated", "tag:NAME", "list:ID",
// "account:ID", "bookmarks", "favourites". Home shows the drafts of queued posts on top.
class TimelineModel : public StatusListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString timeline READ timeline WRITE setTimeline NOTIFY timelineChanged)

public:
    explicit TimelineModel(QObject *parent = nullptr);

    QString timeline() const { return timelineName(); }
    void setTimeline(const QString &timeline);

    // The filters v2 context of a timeline name ("" for bookmarks and favourites: unfiltered).
    static QString filterContextOf(const QString &timeline);

Q_SIGNALS:
    void timelineChanged();

protected:
    QString filterContext() const override { return filterContextOf(timelineName()); }
    bool showsDrafts() const override { return timelineName() == u"home"; }
};

} // namespace tusk::models
