#pragma once
#include "server/auth/ratelimiter.h"
#include "server/auth/scopes.h"
#include "server/config.h"
#include "server/http/request.h"
#include "server/http/response.h"
#include "server/store/store.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace tusk::server {

class StreamingHub;

constexpr const char *kMastodonVersion = "4.3.0 (compatible; Tuskline " TUSKLINE_VERSION ")";

// Everything a handler may use, shared by all requests of one server instance.
struct ServerCore {
    explicit ServerCore(const ServerConfig &c);
    ~ServerCore(); // out of line: StreamingHub is incomplete here

    ServerConfig config;
    QString dataDir;
    Store store;
    RateLimiter apiByToken;
    RateLimiter apiByIp;
    RateLimiter loginByIp;
    RateLimiter loginByName;

    std::unique_ptr<StreamingHub> hub; // live events; set by Server::open

    QString baseUrl;   // "http://127.0.0.1:8080" (no trailing slash)
    QString localHost; // "127.0.0.1:8080": the domain part of acct:user@domain
    QString url(QStringView path) const
    {
        QString u = baseUrl;
        u += path;
        return u;
    }
};

struct AuthInfo {
    qint64 tokenId = 0;
    qint64 appId = 0;
    qint64 accountId = 0; // 0 for an app token
    Scopes scopes;
};

struct Context {
    Request &req;
    ServerCore &core;
    std::optional<AuthInfo> auth;

    qint64 viewer() const { return auth ? auth->accountId : 0; }
    Store &store() { return core.store; }
    const Params &params() const { return req.params; }
};

using Handler = Response (*)(Context &);

} // namespace tusk::server
