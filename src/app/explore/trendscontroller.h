#pragma once
#include "explorecontrollers.h"

namespace tusk::explore {

// What the Explore page shows before a search: the server's trends (GET /api/v1/trends/tags and
// /trends/statuses) where it has them. Where it has none (our bundled server, or trends switched
// off: an error or an empty answer), the page says so and shows the hashtags the user follows
// and the recent posts of the server's local timeline instead, labelled as such.
class TrendsController : public ExploreBase {
    Q_OBJECT
    QML_ELEMENT
    // maps: name, uses (posts in the last days; 0 for followed tags)
    Q_PROPERTY(QVariantList tags READ tags NOTIFY tagsChanged)
    // true: tags are the server's trends; false: the hashtags the user follows
    Q_PROPERTY(bool trendingTags READ trendingTags NOTIFY tagsChanged)
    // The trending posts (empty unless trendingPosts).
    Q_PROPERTY(tusk::explore::StatusSnapshotModel *statusModel READ statusModel CONSTANT)
    // true: statusModel holds the server's trending posts; false: show the local timeline
    Q_PROPERTY(bool trendingPosts READ trendingPosts NOTIFY trendingPostsChanged)
    // Both answers (or their fallbacks) have arrived.
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
public:
    explicit TrendsController(QObject *parent = nullptr);
    QVariantList tags() const { return m_tags; }
    bool trendingTags() const { return m_trendingTags; }
    StatusSnapshotModel *statusModel() const { return m_statusModel; }
    bool trendingPosts() const { return m_trendingPosts; }
    bool isReady() const { return m_pending == 0 && m_session; }
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void tagsChanged();
    void trendingPostsChanged();
    void readyChanged();

protected:
    void sessionSet() override;

private:
    void loadFollowedTags(int generation);
    void settle();

    QVariantList m_tags;
    bool m_trendingTags = false;
    StatusSnapshotModel *m_statusModel;
    bool m_trendingPosts = false;
    int m_pending = 0;
};

} // namespace tusk::explore
