#pragma once
#include "models/statuslistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace tusk::explore {

// A fixed list of statuses fetched by one request (search results, trending posts), shown with
// the status item like any timeline: favourite, boost, bookmark, vote and delete go through the
// account's action queue, and edits or deletes seen elsewhere update the rows. The statuses are
// written to the account's cache as one whole timeline in the server's order
// (TimelineCache::replaceTimeline), so the base model's rows, presentation and pending overlay
// apply unchanged. No stream, no paging: a new answer replaces the list.
//
// Each model owns its cache timeline, "<kind>:<n>" with n counted per process (two search pages
// never share one, and the names are reused by the next run instead of piling up); it is dropped
// from the cache when cleared or destroyed.
class StatusSnapshotModel : public models::StatusListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SearchController and TrendsController")
public:
    explicit StatusSnapshotModel(const QString &kind, QObject *parent = nullptr);
    ~StatusSnapshotModel() override;

    // Shows `statuses`, in this order, instead of what the model showed before.
    void show(const QList<Status> &statuses);
    // Shows nothing and drops the snapshot from the cache.
    void clear();

protected:
    QString filterContext() const override { return QStringLiteral("public"); }
    int pageSize() const override { return 1000; }
    bool startNetwork() override { return false; }
    bool pagesFromNetwork() const override { return false; }
    bool opensStream() const override { return false; }

private:
    QString m_name;
};

} // namespace tusk::explore
