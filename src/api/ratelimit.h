#pragma once
#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace tusk::api {

// The server's X-RateLimit-Limit/Remaining/Reset, as last seen.
struct RateLimit {
    int limit = -1;
    int remaining = -1;
    QDateTime reset; // when `remaining` goes back to `limit`

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    bool isExhausted() const { return isKnown() && remaining <= 0; }

    // nullopt unless at least Limit and Remaining are present and numeric.
    static std::optional<RateLimit> fromHeaders(const QByteArray &limit,
                                                const QByteArray &remaining,
                                                const QByteArray &reset, const QDateTime &now);
};

// X-RateLimit-Reset: ISO 8601 (Mastodon), Unix seconds, or seconds from now (small numbers).
std::optional<QDateTime> parseResetTime(const QByteArray &value, const QDateTime &now);
// Retry-After: delay in seconds or an HTTP date (RFC 9110). Past dates mean "now".
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Exponential back-off with full jitter: a uniformly random delay in [d/2, d] where
// d = min(cap, base * 2^attempt). `jitter01` is a random number in [0, 1).
std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds base,
                                       std::chrono::milliseconds cap, double jitter01);

} // namespace tusk::api
