#pragma once
#include "server/context.h"

#include <QList>
#include <QStringList>

namespace tusk::server {

// Who may call a route. Decided before the handler runs.
enum class Access {
    Public,   // no token needed; a token, if sent, is ignored
    Optional, // works without a token; a token, if sent, must be valid and carry the scope
    AnyToken, // user or app token (e.g. apps/verify_credentials)
    User,     // a token that belongs to a user
};

struct Route {
    Method method;
    const char *pattern; // "/api/v1/statuses/:id"
    Access access;
    const char *scope; // required scope ("read:statuses"), "" for none
    Handler handler;
};

// routes.cpp: the one table of every route the server answers.
const QList<Route> &routeTable();

class Router {
public:
    explicit Router(const QList<Route> &routes);

    struct Match {
        const Route *route = nullptr;
        QStringList args;
        QList<Method> allowed; // when the path exists with other methods
    };
    Match match(Method method, QStringView path) const;

private:
    struct Compiled {
        const Route *route;
        QStringList segments; // ":x" marks a parameter
    };
    QList<Compiled> m_routes;
};

} // namespace tusk::server
