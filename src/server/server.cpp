#include "server/server.h"

#include "server/api/polls.h"
#include "server/context.h"
#include "server/http/httpadapter.h"
#include "server/logging.h"
#include "server/responsecache.h"
#include "server/router.h"
#include "server/streaming/hub.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace tusk::server {

ServerCore::ServerCore(const ServerConfig &c)
    : config(c), apiByToken(c.rateLimitRequests, c.rateLimitPeriodSecs),
      apiByIp(c.rateLimitRequests, c.rateLimitPeriodSecs),
      loginByIp(c.loginAttempts, c.loginPeriodSecs), loginByName(c.loginAttempts, c.loginPeriodSecs)
{}

ServerCore::~ServerCore() = default;

Server::Server(QObject *parent) : QObject(parent)
{
    installSecretSafeLogging();
}

Server::~Server()
{
    close();
}

QString Server::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/server");
}

bool Server::open(const QString &dataDir, QString *error,
                  const std::optional<ServerConfig> &overrides)
{
    if (!QDir().mkpath(dataDir)) {
        *error = tr("Cannot create the data directory %1").arg(dataDir);
        return false;
    }
    const QString configPath = dataDir + QStringLiteral("/config.json");
    ServerConfig config;
    if (overrides) {
        config = *overrides;
    } else {
        QString configError;
        config = ServerConfig::load(configPath, &configError);
        if (!configError.isEmpty()) {
            *error = configError;
            return false;
        }
        if (!QFile::exists(configPath) && !config.save(configPath, error))
            return false;
    }
    m_core = std::make_unique<ServerCore>(config);
    m_core->dataDir = dataDir;
    if (!m_core->store.open(dataDir + QStringLiteral("/server.sqlite3"), error)) {
        m_core.reset();
        return false;
    }
    m_router = std::make_unique<Router>(routeTable());
    m_cache = std::make_unique<ResponseCache>();
    m_core->hub = std::make_unique<StreamingHub>(*m_core, m_core->config.streamingHeartbeatMs);
    // Ended polls are announced by time, not by any request (api/polls.cpp).
    auto *pollTimer = new QTimer(this);
    connect(pollTimer, &QTimer::timeout, this, [this] {
        if (!m_core || !m_core->store.db().isOpen())
            return;
        Store::Events pending = std::exchange(m_core->store.events, Store::Events());
        api::notifyEndedPolls(*m_core);
        const Store::Events made = std::exchange(m_core->store.events, std::move(pending));
        for (qint64 id : made.notifications)
            m_core->hub->notificationCreated(id);
    });
    pollTimer->start(m_core->config.pollCheckMs);
    return true;
}

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_core) {
        *error = tr("The server has no data directory open");
        return false;
    }
    HttpLimits limits;
    limits.maxBodyBytes = m_core->config.maxBodyBytes;
    // Uploads may exceed the ordinary body cap up to the largest media cap (plus the multipart
    // framing); the media handler then answers 413 per type.
    limits.maxUploadBytes =
        qMax(m_core->config.maxImageBytes, m_core->config.maxVideoBytes) + 64 * 1024;
    limits.uploadPaths = {QStringLiteral("/api/v1/media"), QStringLiteral("/api/v2/media")};
    limits.requestTimeoutMs = m_core->config.requestTimeoutMs;
    m_http = std::make_unique<HttpAdapter>([this](Request &r) { return handle(r); }, limits);
    if (!m_tlsCert.isEmpty() && !m_http->setTls(m_tlsCert, m_tlsKey)) {
        *error = m_http->errorString();
        m_http.reset();
        return false;
    }
    m_http->setWebSocketHandler(
        {QStringLiteral("/api/v1/streaming")},
        [this](std::unique_ptr<QWebSocket> ws) { m_core->hub->addWebSocket(std::move(ws)); });
    if (!m_http->listen(address, port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_http->errorString());
        m_http.reset();
        return false;
    }
    QUrl base;
    if (!m_core->config.publicUrl.isEmpty()) {
        base = QUrl(m_core->config.publicUrl);
    } else {
        base.setScheme(m_http->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
        base.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                         ? QStringLiteral("127.0.0.1")
                         : address.toString());
        base.setPort(m_http->port());
    }
    m_core->baseUrl = base.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    m_core->localHost =
        base.port() > 0 ? QStringLiteral("%1:%2").arg(base.host()).arg(base.port()) : base.host();
    qCInfo(lcServer) << "listening on" << address.toString() << m_http->port() << "as"
                     << m_core->baseUrl;
    return true;
}

void Server::setTls(const QString &certificateFile, const QString &privateKeyFile)
{
    m_tlsCert = certificateFile;
    m_tlsKey = privateKeyFile;
}

void Server::close()
{
    if (m_core && m_core->hub)
        m_core->hub->closeAll();
    m_http.reset();
    if (m_core)
        m_core->store.close();
}

bool Server::isListening() const
{
    return m_http != nullptr;
}

quint16 Server::port() const
{
    return m_http ? m_http->port() : 0;
}

QUrl Server::url() const
{
    return m_core ? QUrl(m_core->baseUrl) : QUrl();
}

const ServerConfig &Server::config() const
{
    return m_core->config;
}

ServerCore &Server::core()
{
    return *m_core;
}

namespace {

QByteArray bearerToken(const Request &req)
{
    const QByteArray auth = req.header("authorization");
    if (auth.size() > 7 && auth.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        return auth.sliced(7).trimmed();
    // Query or body parameter, as Doorkeeper accepts (streaming clients, some scripts).
    return req.params.string(u"access_token").toUtf8();
}

void addRateLimitHeaders(Response &r, const RateLimiter::Verdict &v)
{
    r.setHeader("X-RateLimit-Limit", QByteArray::number(v.limit));
    r.setHeader("X-RateLimit-Remaining", QByteArray::number(v.remaining));
    r.setHeader("X-RateLimit-Reset", v.reset.toString(Qt::ISODateWithMs).toLatin1());
}

bool allowsAny(const Scopes &scopes, const char *required)
{
    const QString alternatives = QString::fromLatin1(required);
    if (alternatives.isEmpty())
        return true;
    for (const QString &one : alternatives.split(u'|')) {
        if (scopes.allows(one))
            return true;
    }
    return false;
}

} // namespace

Response Server::handle(Request &req)
{
    const Router::Match m = m_router->match(req.method, req.path);
    if (!m.route) {
        if (!m.allowed.isEmpty()) {
            QByteArrayList names;
            for (Method allowed : m.allowed)
                names << methodName(allowed);
            Response r = Response::error(405, QStringLiteral("Method Not Allowed"));
            r.setHeader("Allow", names.join(", "));
            return r;
        }
        return Response::error(404, QStringLiteral("Not Found"));
    }
    const Route &route = *m.route;
    req.pathArgs = m.args;
    const QString bodyError = req.parseParameters();
    if (!bodyError.isEmpty())
        return Response::error(400, bodyError);

    Context ctx{req, *m_core, std::nullopt};
    const QByteArray token = route.access == Access::Public ? QByteArray() : bearerToken(req);
    if (!token.isEmpty()) {
        const std::optional<TokenRow> row = m_core->store.tokens.byAccessToken(token);
        if (!row) {
            Response r = Response::error(401, QStringLiteral("The access token is invalid"));
            r.setHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\", error=\"invalid_token\"");
            return r;
        }
        ctx.auth = AuthInfo{row->id, row->appId, row->accountId, Scopes::parse(row->scopes)};
    }

    const bool api = req.path.startsWith(u"/api/");
    RateLimiter::Verdict verdict;
    if (api) {
        verdict = ctx.auth ? m_core->apiByToken.hit("t" + QByteArray::number(ctx.auth->tokenId))
                           : m_core->apiByIp.hit(req.remoteAddress.toString().toLatin1());
        if (!verdict.allowed) {
            Response r = Response::error(429, QStringLiteral("Too many requests"));
            addRateLimitHeaders(r, verdict);
            const qint64 wait =
                qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(verdict.reset));
            r.setHeader("Retry-After", QByteArray::number(wait));
            return r;
        }
    }

    // Repeated reads between writes are answered from the cache (per token, so per viewer).
    const bool cacheable = api && req.method == Method::Get;
    QByteArray cacheKey;
    if (cacheable) {
        cacheKey = QByteArray::number(ctx.auth ? ctx.auth->tokenId : 0) + ' ' + req.path.toUtf8() +
                   '?' + req.rawQuery;
        if (const Response *hit = m_cache->find(cacheKey)) {
            Response r = *hit;
            addRateLimitHeaders(r, verdict);
            return r;
        }
    }

    Response r = [&]() -> Response {
        if ((route.access == Access::User || route.access == Access::AnyToken) && !ctx.auth) {
            Response denied = Response::error(401, QStringLiteral("The access token is invalid"));
            denied.setHeader("WWW-Authenticate", "Bearer realm=\"Doorkeeper\"");
            return denied;
        }
        if (ctx.auth && !allowsAny(ctx.auth->scopes, route.scope)) {
            Response denied = Response::error(
                403, QStringLiteral("This action is outside the authorized scopes"));
            denied.setHeader("WWW-Authenticate",
                             "Bearer realm=\"Doorkeeper\", error=\"insufficient_scope\"");
            return denied;
        }
        if (route.access == Access::User && ctx.auth->accountId == 0)
            return Response::error(422,
                                   QStringLiteral("This method requires an authenticated user"));
        return route.handler(ctx);
    }();
    if (cacheable && r.status == 200 && !r.onOpen)
        m_cache->insert(cacheKey, r);
    // Tell live streams what this request changed, once it is known to have worked.
    Store::Events events = std::exchange(m_core->store.events, Store::Events());
    if (r.status < 400 && !events.isEmpty()) {
        for (qint64 id : std::as_const(events.createdStatuses)) {
            m_core->hub->statusCreated(id);
            m_core->hub->conversationsUpdated(id);
        }
        for (qint64 id : std::as_const(events.updatedStatuses)) {
            if (!events.createdStatuses.contains(id))
                m_core->hub->statusUpdated(id);
        }
        for (qint64 id : std::as_const(events.deletedStatuses))
            m_core->hub->statusDeleted(id);
        for (qint64 id : std::as_const(events.notifications))
            m_core->hub->notificationCreated(id);
    }
    if (api)
        addRateLimitHeaders(r, verdict);
    qCDebug(lcServer) << methodName(req.method) << req.path << r.status;
    return r;
}

} // namespace tusk::server
