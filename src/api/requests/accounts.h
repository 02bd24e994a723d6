#pragma once
#include "api/pagination.h"
#include "api/request.h"
#include "core/entities/account.h"
#include "core/entities/status.h"

namespace tusk::api::requests {

// The logged-in account (a CredentialAccount: with `source`). Also the login check.
struct VerifyCredentials {
    using Value = Account;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/accounts/verify_credentials"));
    }
};

struct GetAccount {
    using Value = Account;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/accounts/") + pathSegment(id));
    }
};

// "user" or "user@host" to an account, without a search.
struct LookupAccount {
    using Value = Account;
    QString acct;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("acct"), acct);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/accounts/lookup"), q);
    }
};

struct GetAccountStatuses {
    using Value = QList<Status>;
    QString id;
    PageCursor page;
    bool excludeReplies = false;
    bool excludeReblogs = false;
    bool onlyMedia = false;
    bool pinned = false;
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        const auto flag = [&q](const char *name, bool on) {
            if (on)
                q.addQueryItem(QLatin1String(name), QStringLiteral("true"));
        };
        flag("exclude_replies", excludeReplies);
        flag("exclude_reblogs", excludeReblogs);
        flag("only_media", onlyMedia);
        flag("pinned", pinned);
        return makeSpec(Verb::Get,
                        QStringLiteral("/api/v1/accounts/%1/statuses").arg(pathSegment(id)), q);
    }
};

struct GetRelationships {
    using Value = QList<Relationship>;
    QStringList ids;
    RequestSpec spec() const
    {
        QUrlQuery q;
        for (const QString &id : ids)
            q.addQueryItem(QStringLiteral("id[]"), id);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/accounts/relationships"), q);
    }
};

// follow, unfollow, block, unblock, mute, unmute: POST /api/v1/accounts/:id/<action>.
struct AccountAction {
    enum class Kind { Follow, Unfollow, Block, Unblock, Mute, Unmute };
    using Value = Relationship;
    QString id;
    Kind kind = Kind::Follow;
    RequestSpec spec() const
    {
        static const char *const names[] = {"follow",  "unfollow", "block",
                                            "unblock", "mute",     "unmute"};
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/accounts/%1/%2")
                                        .arg(pathSegment(id), QLatin1String(names[int(kind)])));
    }
};

// GET /api/v1/accounts/:id/followers|following, paginated by Link headers.
struct GetAccountFollows {
    using Value = QList<Account>;
    enum class Which { Followers, Following };
    QString id;
    Which which = Which::Followers;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        const QLatin1String what(which == Which::Followers ? "followers" : "following");
        return makeSpec(Verb::Get,
                        QStringLiteral("/api/v1/accounts/%1/%2").arg(pathSegment(id), what), q);
    }
};

// POST /api/v1/reports: report an account to its server's moderators. The answer (a Report) is
// not needed by the app, so it is taken as plain JSON.
struct CreateReport {
    using Value = QJsonValue;
    QString accountId;
    QString comment;
    bool forward = false;
    QString category;     // "spam" | "legal" | "violation" | "other"; empty: the server decides
    QStringList statusIds; // posts of the account the report is about
    RequestSpec spec() const
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("account_id"), accountId);
        form.addQueryItem(QStringLiteral("comment"), comment);
        form.addQueryItem(QStringLiteral("forward"),
                          forward ? QStringLiteral("true") : QStringLiteral("false"));
        if (!category.isEmpty())
            form.addQueryItem(QStringLiteral("category"), category);
        for (const QString &id : statusIds)
            form.addQueryItem(QStringLiteral("status_ids[]"), id);
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/reports"), {}, form);
    }
};

} // namespace tusk::api::requests
