#include "server/router.h"

namespace tusk::server {

Router::Router(const QList<Route> &routes)
{
    for (const Route &r : routes)
        m_routes.append({&r, QString::fromLatin1(r.pattern).split(u'/', Qt::SkipEmptyParts)});
}

Router::Match Router::match(Method method, QStringView path) const
{
    Match result;
    // Empty segments count: "/a//b" is not "/a/b" (the adapter already dropped one trailing slash).
    const QList<QStringView> parts =
        path.startsWith(u'/') ? path.sliced(1).split(u'/') : path.split(u'/');
    // HEAD is answered like GET, without the body.
    const Method wanted = method == Method::Head ? Method::Get : method;
    for (const Compiled &c : m_routes) {
        if (c.segments.size() != parts.size())
            continue;
        QStringList args;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = c.segments.at(i);
            if (seg.startsWith(u':'))
                args << parts.at(i).toString();
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        if (c.route->method == wanted) {
            result.route = c.route;
            result.args = std::move(args);
            return result;
        }
        if (!result.allowed.contains(c.route->method))
            result.allowed.append(c.route->method);
    }
    return result;
}

} // namespace tusk::server
