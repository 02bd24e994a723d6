#pragma once
#include <QList>
#include <QString>

// How cached timelines are ordered, and the interval arithmetic behind gap markers.
//
// Ordering rule. Ids are opaque strings. Mastodon's are decimal snowflakes and GoToSocial's
// ULIDs, Pleroma's flake ids and Misskey's aid/aidx are fixed-length and time-sortable, so one
// rule orders all of them: a longer id is newer; ids of the same length compare byte-wise
// (lexically). idSortKey() encodes that as a string whose plain lexical order is the id order
// (4-digit length, then the id), so SQLite can index and compare it.
// Timelines whose server order is not id order (bookmarks, favourites: ordered by when the user
// acted; threads: tree order) use positional keys instead ("server order"), as does any timeline
// whose server sent a page that contradicts the id rule: then the cache keeps the server's order
// and cannot place gaps, because there is no key to say where missing items would go.
namespace tusk::cache {

QString idSortKey(const QString &id);
// <0: a older than b; 0 equal; >0 a newer than b.
int compareIds(const QString &a, const QString &b);

// Positional keys for server-ordered timelines: "p" + 19 digits, bigger = nearer the top.
QString positionKey(qint64 position);
qint64 positionOf(const QString &key); // 0 if `key` is not positional
constexpr qint64 kPositionStep = 1 << 20;
constexpr qint64 kPositionOrigin = 4'000'000'000'000'000'000LL;

// Items with sort keys strictly between `older` and `newer` may exist on the server but are not
// in the cache. Both ends are keys of stored items.
struct MissingRange {
    QString older;
    QString newer;
    friend bool operator==(const MissingRange &, const MissingRange &) = default;
};

// A fetched page tells us everything between lo and hi (inclusive) is now known; an empty lo
// means "down to the oldest", an empty hi "up to the newest". Returns what is still missing:
// each range may shrink, split in two, or vanish.
QList<MissingRange> subtractCovered(const QList<MissingRange> &missing, const QString &lo,
                                    const QString &hi);

} // namespace tusk::cache
