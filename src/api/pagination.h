#pragma once
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace tusk::api {

// Where a page of a list starts or ends, as Mastodon's max_id/min_id/since_id parameters.
// List requests carry one; PageLinks hands out the cursor for the next/previous page.
struct PageCursor {
    QString maxId;   // older than this (exclusive)
    QString minId;   // the page just newer than this
    QString sinceId; // newer than this, newest first
    int limit = 0;   // 0: the server's default

    bool isEmpty() const { return maxId.isEmpty() && minId.isEmpty() && sinceId.isEmpty(); }
    void applyTo(QUrlQuery &query) const;
    static PageCursor fromUrl(const QUrl &url);
    friend bool operator==(const PageCursor &, const PageCursor &) = default;
};

// The `Link` response header: rel="next" (older) and rel="prev" (newer), in any order, with
// absolute or relative URLs (resolved against the request URL).
struct PageLinks {
    QUrl next;
    QUrl prev;

    bool hasNext() const { return next.isValid(); }
    bool hasPrev() const { return prev.isValid(); }
    std::optional<PageCursor> nextCursor() const;
    std::optional<PageCursor> prevCursor() const;

    static PageLinks parse(const QByteArray &linkHeader, const QUrl &requestUrl);
};

} // namespace tusk::api
