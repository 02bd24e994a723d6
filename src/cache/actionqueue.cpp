#include "cache/actionqueue.h"

#include "cache/database.h"
#include "cache/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace tusk::cache {

namespace {

struct KindName {
    Action::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {Action::Kind::Post, "post"},
    {Action::Kind::Edit, "edit"},
    {Action::Kind::Delete, "delete"},
    {Action::Kind::Favourite, "favourite"},
    {Action::Kind::Unfavourite, "unfavourite"},
    {Action::Kind::Reblog, "reblog"},
    {Action::Kind::Unreblog, "unreblog"},
    {Action::Kind::Bookmark, "bookmark"},
    {Action::Kind::Unbookmark, "unbookmark"},
    {Action::Kind::Follow, "follow"},
    {Action::Kind::Unfollow, "unfollow"},
    {Action::Kind::PollVote, "poll_vote"},
};
constexpr const char *kStates[] = {"pending", "sending", "done", "failed"};

Action::State stateFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kStates[i]))
            return Action::State(i);
    }
    return Action::State::Failed;
}

const QString kColumns = QStringLiteral(
    "seq, kind, target_id, payload, idempotency_key, state, attempts, next_attempt_at, error, "
    "result_id, created_at");

} // namespace

QString Action::kindName(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<Action::Kind> Action::kindFromName(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString Action::stateName(State state)
{
    return QLatin1String(kStates[int(state)]);
}

QString Action::describe() const
{
    switch (kind) {
    case Kind::Post:
        return inReplyToId.isEmpty() ? tr("Post") : tr("Reply");
    case Kind::Edit:
        return tr("Edit");
    case Kind::Delete:
        return tr("Delete");
    case Kind::Favourite:
        return tr("Favourite");
    case Kind::Unfavourite:
        return tr("Remove favourite");
    case Kind::Reblog:
        return tr("Boost");
    case Kind::Unreblog:
        return tr("Undo boost");
    case Kind::Bookmark:
        return tr("Bookmark");
    case Kind::Unbookmark:
        return tr("Remove bookmark");
    case Kind::Follow:
        return tr("Follow");
    case Kind::Unfollow:
        return tr("Unfollow");
    case Kind::PollVote:
        return tr("Vote");
    }
    return {};
}

QJsonObject Action::payload() const
{
    QJsonObject p;
    const auto set = [&p](const char *key, const QString &value) {
        if (!value.isEmpty())
            p.insert(QLatin1String(key), value);
    };
    set("text", text);
    set("spoiler_text", spoilerText);
    set("visibility", visibility);
    set("language", language);
    set("in_reply_to_id", inReplyToId);
    if (sensitive)
        p.insert(QStringLiteral("sensitive"), true);
    if (!media.isEmpty()) {
        QJsonArray list;
        for (const MediaDraft &m : media) {
            QJsonObject o{{QStringLiteral("path"), m.path},
                          {QStringLiteral("description"), m.description}};
            if (!m.uploadedId.isEmpty())
                o.insert(QStringLiteral("uploaded_id"), m.uploadedId);
            list.append(o);
        }
        p.insert(QStringLiteral("media"), list);
    }
    if (!choices.isEmpty()) {
        QJsonArray list;
        for (int c : choices)
            list.append(c);
        p.insert(QStringLiteral("choices"), list);
    }
    return p;
}

void Action::setPayload(const QJsonObject &p)
{
    text = p.value(u"text").toString();
    spoilerText = p.value(u"spoiler_text").toString();
    visibility = p.value(u"visibility").toString();
    language = p.value(u"language").toString();
    inReplyToId = p.value(u"in_reply_to_id").toString();
    sensitive = p.value(u"sensitive").toBool();
    media.clear();
    for (const QJsonValue &v : p.value(u"media").toArray()) {
        const QJsonObject o = v.toObject();
        media.append({o.value(u"path").toString(), o.value(u"description").toString(),
                      o.value(u"uploaded_id").toString()});
    }
    choices.clear();
    for (const QJsonValue &v : p.value(u"choices").toArray())
        choices.append(v.toInt());
}

ActionQueue::ActionQueue(Database *db, QObject *parent) : QObject(parent), m_db(db) {}

Action ActionQueue::fromQuery(const QSqlQuery &q) const
{
    Action a;
    a.seq = q.value(0).toLongLong();
    a.kind = Action::kindFromName(q.value(1).toString()).value_or(Action::Kind::Post);
    a.targetId = q.value(2).toString();
    a.setPayload(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
    a.idempotencyKey = q.value(4).toString();
    a.state = stateFromName(q.value(5).toString());
    a.attempts = q.value(6).toInt();
    const qint64 next = q.value(7).toLongLong();
    if (next > 0)
        a.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(next);
    a.error = q.value(8).toString();
    a.resultId = q.value(9).toString();
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong());
    return a;
}

qint64 ActionQueue::enqueue(Action action)
{
    if (action.kind == Action::Kind::Post && action.idempotencyKey.isEmpty())
        action.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO actions (kind, target_id, payload, idempotency_key, state, attempts, "
        "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', 0, 0, ?, ?)"));
    q.addBindValue(Action::kindName(action.kind));
    q.addBindValue(action.targetId);
    q.addBindValue(QJsonDocument(action.payload()).toJson(QJsonDocument::Compact));
    q.addBindValue(action.idempotencyKey.isEmpty() ? QVariant() : QVariant(action.idempotencyKey));
    q.addBindValue(now);
    q.addBindValue(now);
    // Its own transaction (or the caller's): committed before anything can be sent.
    if (!m_db->begin() || !m_db->exec(q)) {
        m_db->rollback();
        Q_EMIT failed(m_db->lastError());
        return 0;
    }
    const qint64 seq = q.lastInsertId().toLongLong();
    if (!m_db->commit()) {
        Q_EMIT failed(m_db->lastError());
        return 0;
    }
    qCDebug(lcCache) << "queued" << Action::kindName(action.kind) << "as" << seq;
    Q_EMIT actionChanged(seq, action.targetId);
    return seq;
}

std::optional<Action> ActionQueue::action(qint64 seq) const
{
    QSqlQuery &q =
        m_db->prepared(QStringLiteral("SELECT %1 FROM actions WHERE seq = ?").arg(kColumns));
    q.addBindValue(seq);
    if (!m_db->exec(q) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Action> ActionQueue::actions(std::optional<Action::State> state) const
{
    QList<Action> out;
    QSqlQuery &q = m_db->prepared(
        state ? QStringLiteral("SELECT %1 FROM actions WHERE state = ? ORDER BY seq").arg(kColumns)
              : QStringLiteral("SELECT %1 FROM actions ORDER BY seq").arg(kColumns));
    if (state)
        q.addBindValue(Action::stateName(*state));
    if (m_db->exec(q)) {
        while (q.next())
            out.append(fromQuery(q));
    }
    return out;
}

std::optional<Action> ActionQueue::head() const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT %1 FROM actions WHERE state IN ('pending', 'sending') ORDER BY seq "
                       "LIMIT 1")
            .arg(kColumns));
    if (!m_db->exec(q) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

int ActionQueue::outstandingCount() const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT count(*) FROM actions WHERE state IN ('pending', 'sending')"));
    return m_db->exec(q) && q.next() ? q.value(0).toInt() : 0;
}

PendingState ActionQueue::pendingFor(const QString &statusId) const
{
    PendingState s;
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "SELECT kind, state FROM actions WHERE target_id = ? AND state != 'done' ORDER BY seq"));
    q.addBindValue(statusId);
    if (!m_db->exec(q))
        return s;
    while (q.next()) {
        if (stateFromName(q.value(1).toString()) == Action::State::Failed) {
            s.failed = true;
            continue;
        }
        // Later actions win: favourite then unfavourite shows as not favourited.
        switch (Action::kindFromName(q.value(0).toString()).value_or(Action::Kind::Post)) {
        case Action::Kind::Favourite:
            s.favourited = true;
            break;
        case Action::Kind::Unfavourite:
            s.favourited = false;
            break;
        case Action::Kind::Reblog:
            s.reblogged = true;
            break;
        case Action::Kind::Unreblog:
            s.reblogged = false;
            break;
        case Action::Kind::Bookmark:
            s.bookmarked = true;
            break;
        case Action::Kind::Unbookmark:
            s.bookmarked = false;
            break;
        case Action::Kind::Delete:
            s.deleting = true;
            break;
        case Action::Kind::Edit:
            s.editing = true;
            break;
        default:
            break;
        }
    }
    return s;
}

std::optional<bool> ActionQueue::pendingFollow(const QString &accountId) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "SELECT kind FROM actions WHERE target_id = ? AND kind IN ('follow', "
        "'unfollow') AND state IN ('pending', 'sending') ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(accountId);
    if (!m_db->exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString() == u"follow";
}

QList<Action> ActionQueue::pendingPosts() const
{
    QList<Action> out;
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT %1 FROM actions WHERE kind = 'post' AND state IN ('pending', "
                       "'sending') ORDER BY seq")
            .arg(kColumns));
    if (m_db->exec(q)) {
        while (q.next())
            out.append(fromQuery(q));
    }
    return out;
}

QString ActionQueue::resolve(const QString &id) const
{
    if (!id.startsWith(u"local:"))
        return id;
    const auto a = action(id.mid(6).toLongLong());
    return a && a->state == Action::State::Done ? a->resultId : QString();
}

bool ActionQueue::setState(qint64 seq, Action::State state, const QString &error,
                           const QString &resultId, const QDateTime &next, bool countAttempt)
{
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "UPDATE actions SET state = ?, error = ?, result_id = coalesce(?, result_id), "
        "next_attempt_at = ?, attempts = attempts + ?, updated_at = ? WHERE seq = ?"));
    q.addBindValue(Action::stateName(state));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(resultId.isEmpty() ? QVariant() : QVariant(resultId));
    q.addBindValue(next.isValid() ? next.toMSecsSinceEpoch() : 0);
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(seq);
    if (!m_db->begin() || !m_db->exec(q)) {
        m_db->rollback();
        Q_EMIT failed(m_db->lastError());
        return false;
    }
    if (!m_db->commit()) {
        Q_EMIT failed(m_db->lastError());
        return false;
    }
    const auto a = action(seq);
    Q_EMIT actionChanged(seq, a ? a->targetId : QString());
    return true;
}

bool ActionQueue::markSending(qint64 seq)
{
    return setState(seq, Action::State::Sending, {}, {}, {}, true);
}

bool ActionQueue::markDone(qint64 seq, const QString &resultId)
{
    return setState(seq, Action::State::Done, {}, resultId, {}, false);
}

bool ActionQueue::markRetry(qint64 seq, const QDateTime &nextAttempt, const QString &error)
{
    return setState(seq, Action::State::Pending, error, {}, nextAttempt, false);
}

bool ActionQueue::markFailed(qint64 seq, const QString &error)
{
    return setState(seq, Action::State::Failed, error, {}, {}, false);
}

bool ActionQueue::retry(qint64 seq)
{
    const auto a = action(seq);
    if (!a || a->state != Action::State::Failed)
        return false;
    return setState(seq, Action::State::Pending, {}, {}, {}, false);
}

bool ActionQueue::savePayload(const Action &action)
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("UPDATE actions SET payload = ?, updated_at = ? WHERE seq = ?"));
    q.addBindValue(QJsonDocument(action.payload()).toJson(QJsonDocument::Compact));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(action.seq);
    if (!m_db->begin() || !m_db->exec(q)) {
        m_db->rollback();
        return false;
    }
    return m_db->commit();
}

bool ActionQueue::discard(qint64 seq)
{
    const auto a = action(seq);
    if (!a || a->state == Action::State::Sending)
        return false; // its outcome is not known yet
    QSqlQuery &q = m_db->prepared(QStringLiteral("DELETE FROM actions WHERE seq = ?"));
    q.addBindValue(seq);
    if (!m_db->begin() || !m_db->exec(q)) {
        m_db->rollback();
        return false;
    }
    if (!m_db->commit())
        return false;
    Q_EMIT actionChanged(seq, a->targetId);
    return true;
}

int ActionQueue::purgeDone(const QDateTime &before)
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("DELETE FROM actions WHERE state = 'done' AND updated_at < ?"));
    q.addBindValue(before.toMSecsSinceEpoch());
    if (!m_db->begin() || !m_db->exec(q)) {
        m_db->rollback();
        return 0;
    }
    const int n = q.numRowsAffected();
    return m_db->commit() ? n : 0;
}

} // namespace tusk::cache
