#pragma once
// Instance discovery: unauthenticated documents that say what the server is and can do.
#include "api/request.h"

namespace tusk::api::requests {

// Raw JSON on purpose: Capabilities reads fields that differ per server family.
struct GetInstanceV2 {
    using Value = QJsonObject;
    RequestSpec spec() const
    {
        RequestSpec s;
        s.path = QStringLiteral("/api/v2/instance");
        s.authenticated = false;
        return s;
    }
};

struct GetInstanceV1 {
    using Value = QJsonObject;
    RequestSpec spec() const
    {
        RequestSpec s;
        s.path = QStringLiteral("/api/v1/instance");
        s.authenticated = false;
        return s;
    }
};

// The NodeInfo index: links to the schema documents.
struct GetNodeInfoIndex {
    using Value = QJsonObject;
    RequestSpec spec() const
    {
        RequestSpec s;
        s.path = QStringLiteral("/.well-known/nodeinfo");
        s.authenticated = false;
        return s;
    }
};

// A NodeInfo 2.x document at the URL the index named (may be on another host: no token sent).
struct GetNodeInfo {
    using Value = QJsonObject;
    QUrl url;
    RequestSpec spec() const
    {
        RequestSpec s;
        s.absoluteUrl = url;
        s.authenticated = false;
        return s;
    }
};

// RFC 8414 metadata; Mastodon 4.3+ lists PKCE methods and endpoints here.
struct GetOAuthServerMetadata {
    using Value = QJsonObject;
    RequestSpec spec() const
    {
        RequestSpec s;
        s.path = QStringLiteral("/.well-known/oauth-authorization-server");
        s.authenticated = false;
        return s;
    }
};

} // namespace tusk::api::requests
