#pragma once
#include "api/request.h"
#include "core/entities/status.h"

namespace tusk::api::requests {

struct GetPoll {
    using Value = Poll;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/polls/") + pathSegment(id));
    }
};

// POST /api/v1/polls/:id/votes with choices[] (option indexes).
struct VotePoll {
    using Value = Poll;
    QString id;
    QList<int> choices;
    RequestSpec spec() const
    {
        QJsonArray list;
        for (int c : choices)
            list.append(c);
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/polls/%1/votes").arg(pathSegment(id)),
                        {}, QJsonObject{{QStringLiteral("choices"), list}});
    }
};

} // namespace tusk::api::requests
