#include "cache/queuerunner.h"

#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "api/requests/cli_extra.h"
#include "api/requests/polls.h"
#include "api/requests/statuses.h"
#include "api/requests/statussource.h"
#include "cache/logging.h"
#include "cache/timelinecache.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace tusk::cache {

using namespace api::requests;
using Kind = Action::Kind;

namespace {

// The state a toggle wants, and the request that makes it.
struct Toggle {
    bool wanted;
    StatusAction::Kind request;
    std::optional<bool> Status::*field;
};

std::optional<Toggle> toggleFor(Kind kind)
{
    switch (kind) {
    case Kind::Favourite:
        return Toggle{true, StatusAction::Kind::Favourite, &Status::favourited};
    case Kind::Unfavourite:
        return Toggle{false, StatusAction::Kind::Unfavourite, &Status::favourited};
    case Kind::Reblog:
        return Toggle{true, StatusAction::Kind::Reblog, &Status::reblogged};
    case Kind::Unreblog:
        return Toggle{false, StatusAction::Kind::Unreblog, &Status::reblogged};
    case Kind::Bookmark:
        return Toggle{true, StatusAction::Kind::Bookmark, &Status::bookmarked};
    case Kind::Unbookmark:
        return Toggle{false, StatusAction::Kind::Unbookmark, &Status::bookmarked};
    default:
        return std::nullopt;
    }
}

api::ApiError localError(const QString &message)
{
    api::ApiError e;
    e.kind = api::ApiError::Kind::Refused;
    e.message = message;
    return e;
}

} // namespace

QueueRunner::QueueRunner(ActionQueue *queue, api::ApiClient *client, TimelineCache *cache,
                         QObject *parent)
    : QObject(parent), m_queue(queue), m_client(client), m_cache(cache)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QueueRunner::step);
}

void QueueRunner::setBackoff(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_minBackoff = std::max(min, std::chrono::milliseconds(1));
    m_maxBackoff = std::max(max, m_minBackoff);
}

std::chrono::milliseconds QueueRunner::backoff(int attempts) const
{
    const int doublings = qBound(0, attempts - 1, 20);
    const double base = std::min(double(m_minBackoff.count()) * double(1 << doublings),
                                 double(m_maxBackoff.count()));
    // Jitter so that many clients coming back online do not arrive together.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(base * jitter));
}

void QueueRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void QueueRunner::start()
{
    if (m_state == State::Stopped)
        setState(State::Idle);
    if (m_state == State::Idle)
        schedule(std::chrono::milliseconds(0));
}

void QueueRunner::stop()
{
    m_timer.stop();
    setState(State::Stopped);
}

void QueueRunner::kick()
{
    if (m_state == State::Waiting || m_state == State::Idle) {
        // Forget the back-off of the head: the network is said to be back.
        if (const auto head = m_queue ? m_queue->head() : std::nullopt;
            head && head->state == Action::State::Pending && head->nextAttemptAt.isValid())
            m_queue->markRetry(head->seq, {}, head->error);
        setState(State::Idle);
        schedule(std::chrono::milliseconds(0));
    }
}

void QueueRunner::resume()
{
    if (m_state == State::AuthPaused) {
        setState(State::Idle);
        schedule(std::chrono::milliseconds(0));
    }
}

void QueueRunner::schedule(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

void QueueRunner::step()
{
    if (m_state == State::Stopped || m_state == State::AuthPaused || m_inFlight || !m_queue ||
        !m_client)
        return;
    const auto head = m_queue->head();
    if (!head) {
        setState(State::Idle);
        Q_EMIT drained();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (head->nextAttemptAt.isValid() && head->nextAttemptAt > now) {
        setState(State::Waiting);
        schedule(std::chrono::milliseconds(std::max<qint64>(1, now.msecsTo(head->nextAttemptAt))));
        return;
    }

    Action action = *head;
    // References to a queued post become its real id once it is Done; earlier seqs go first,
    // so the post is either Done or Failed by now.
    for (QString *ref : {&action.targetId, &action.inReplyToId}) {
        if (!ref->startsWith(u"local:"))
            continue;
        const QString resolved = m_queue->resolve(*ref);
        if (resolved.isEmpty()) {
            m_queue->markFailed(action.seq, tr("The post this refers to could not be sent."));
            Q_EMIT actionFinished(action.seq, false);
            schedule(std::chrono::milliseconds(0));
            return;
        }
        *ref = resolved;
    }
    // Durable before anything leaves: a crash from here on leaves the row in Sending.
    if (!m_queue->markSending(action.seq)) {
        setState(State::Waiting);
        schedule(backoff(action.attempts + 1));
        return;
    }
    ++action.attempts;
    m_inFlight = true;
    setState(State::Sending);
    qCDebug(lcCache) << "sending" << Action::kindName(action.kind) << action.seq << "attempt"
                     << action.attempts;
    dispatch(action);
}

void QueueRunner::dispatch(Action action)
{
    const bool hasUploads = std::any_of(action.media.begin(), action.media.end(),
                                        [](const MediaDraft &m) { return m.uploadedId.isEmpty(); });
    if ((action.kind == Kind::Post || action.kind == Kind::Edit) && hasUploads)
        return uploadNext(action);
    if (action.kind == Kind::Post)
        return sendPost(action);
    checkThen(action);
}

void QueueRunner::uploadNext(Action action)
{
    auto it = std::find_if(action.media.begin(), action.media.end(),
                           [](const MediaDraft &m) { return m.uploadedId.isEmpty(); });
    if (it == action.media.end())
        return action.kind == Kind::Post ? sendPost(action) : checkThen(action);
    QFile file(it->path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(action,
                    localError(tr("The file %1 cannot be read: %2")
                                   .arg(QFileInfo(it->path).fileName(), file.errorString())));
    UploadMedia upload;
    upload.data = file.readAll();
    upload.fileName = QFileInfo(it->path).fileName();
    upload.description = it->description;
    const qsizetype index = it - action.media.begin();
    m_client->call(upload, this, [this, action, index](api::ApiResult<MediaAttachment> r) mutable {
        if (!r)
            return fail(action, r.error());
        action.media[index].uploadedId = r.value().id;
        m_queue->savePayload(action); // a resumed queue will not upload this one again
        if (r.value().url.isEmpty())
            return waitForMedia(action, r.value().id, 0);
        uploadNext(action);
    });
}

void QueueRunner::waitForMedia(const Action &action, const QString &mediaId, int polls)
{
    // 202 Accepted: the server is still processing; attaching it now would be refused.
    constexpr int kMaxPolls = 60;
    QTimer::singleShot(std::chrono::seconds(1), this, [this, action, mediaId, polls] {
        m_client->call(GetMedia{mediaId}, this,
                       [this, action, mediaId, polls](api::ApiResult<MediaAttachment> r) {
                           if (!r && r.httpStatus() != 206)
                               return fail(action, r.error());
                           if ((!r || r.value().url.isEmpty()) && polls + 1 < kMaxPolls)
                               return waitForMedia(action, mediaId, polls + 1);
                           uploadNext(action);
                       });
    });
}

void QueueRunner::sendPost(const Action &action)
{
    PostStatus post;
    post.status = action.text;
    post.spoilerText = action.spoilerText;
    post.visibility = action.visibility;
    post.language = action.language;
    post.inReplyToId = action.inReplyToId;
    post.sensitive = action.sensitive;
    for (const MediaDraft &m : action.media)
        post.mediaIds.append(m.uploadedId);
    post.idempotencyKey = action.idempotencyKey; // fixed at enqueue: resends are the same post
    m_client->call(post, this, [this, action](api::ApiResult<Status> r) {
        if (!r)
            return fail(action, r.error());
        // The stream or the next refresh brings it into timelines (with its true neighbours).
        succeed(action, r.value().id);
    });
}

void QueueRunner::checkThen(const Action &action)
{
    const QString target = action.targetId;
    if (const auto toggle = toggleFor(action.kind)) {
        m_client->call(GetStatus{target}, this, [this, action, t = *toggle](auto current) {
            if (!current) {
                // Nothing to undo on a status that is gone; anything else is the server's say.
                if (current.httpStatus() == 404 && !t.wanted)
                    return succeed(action, action.targetId);
                return fail(action, current.error());
            }
            if (current.value().*t.field == std::optional<bool>(t.wanted)) {
                if (m_cache)
                    m_cache->updateStatus(current.value());
                return succeed(action, action.targetId); // already so: sending again is not once
            }
            m_client->call(StatusAction{action.targetId, t.request}, this,
                           [this, action](api::ApiResult<Status> r) {
                               if (!r)
                                   return fail(action, r.error());
                               // A reblog answers with the boost wrapping the original.
                               if (m_cache)
                                   m_cache->updateStatus(r.value().reblog ? *r.value().reblog
                                                                          : r.value());
                               succeed(action, action.targetId);
                           });
        });
        return;
    }

    switch (action.kind) {
    case Kind::Delete:
        m_client->call(GetStatus{target}, this, [this, action](api::ApiResult<Status> current) {
            const auto gone = [this, action] {
                if (m_cache)
                    m_cache->deleteStatus(action.targetId);
                succeed(action, action.targetId);
            };
            if (!current)
                return current.httpStatus() == 404 ? gone() : fail(action, current.error());
            m_client->call(DeleteStatus{action.targetId}, this,
                           [this, action, gone](api::ApiResult<Status> r) {
                               if (!r && r.httpStatus() != 404)
                                   return fail(action, r.error());
                               gone();
                           });
        });
        return;
    case Kind::Follow:
    case Kind::Unfollow:
        m_client->call(
            GetRelationships{{target}}, this,
            [this, action](api::ApiResult<QList<Relationship>> current) {
                if (!current)
                    return fail(action, current.error());
                const bool wanted = action.kind == Kind::Follow;
                for (const Relationship &rel : current.value()) {
                    if (rel.id == action.targetId && (rel.following || rel.requested) == wanted) {
                        if (m_cache)
                            m_cache->applyRelationship(rel);
                        return succeed(action, action.targetId);
                    }
                }
                AccountAction request;
                request.id = action.targetId;
                request.kind = wanted ? AccountAction::Kind::Follow : AccountAction::Kind::Unfollow;
                m_client->call(request, this, [this, action](api::ApiResult<Relationship> r) {
                    if (!r)
                        return fail(action, r.error());
                    if (m_cache)
                        m_cache->applyRelationship(r.value());
                    succeed(action, action.targetId);
                });
            });
        return;
    case Kind::PollVote:
        m_client->call(GetPoll{target}, this, [this, action](api::ApiResult<Poll> current) {
            if (!current)
                return fail(action, current.error());
            if (current.value().voted.value_or(false))
                return succeed(action, action.targetId);
            m_client->call(VotePoll{action.targetId, action.choices}, this,
                           [this, action](api::ApiResult<Poll> r) {
                               if (!r)
                                   return fail(action, r.error());
                               succeed(action, action.targetId);
                           });
        });
        return;
    case Kind::Edit:
        m_client->call(GetStatusSource{target}, this,
                       [this, action](api::ApiResult<StatusSource> source) {
                           // Already this text: the edit arrived before a crash.
                           if (source && source.value().text == action.text &&
                               source.value().spoilerText == action.spoilerText)
                               return succeed(action, action.targetId);
                           EditStatus edit;
                           edit.id = action.targetId;
                           edit.status = action.text;
                           edit.spoilerText = action.spoilerText;
                           edit.sensitive = action.sensitive;
                           for (const MediaDraft &m : action.media)
                               edit.mediaIds.append(m.uploadedId);
                           m_client->call(edit, this, [this, action](api::ApiResult<Status> r) {
                               if (!r)
                                   return fail(action, r.error());
                               if (m_cache)
                                   m_cache->updateStatus(r.value());
                               succeed(action, action.targetId);
                           });
                       });
        return;
    default:
        fail(action, localError(tr("Unknown queued action.")));
    }
}

void QueueRunner::succeed(const Action &action, const QString &resultId)
{
    Q_EMIT aboutToAcknowledge(action.seq);
    m_inFlight = false;
    if (!m_queue || !m_queue->markDone(action.seq, resultId)) {
        // Still Sending on disk: it runs again later, which the pre-checks make harmless.
        qCWarning(lcCache) << "could not record that action" << action.seq << "was sent";
        setState(State::Waiting);
        schedule(backoff(action.attempts));
        return;
    }
    Q_EMIT actionFinished(action.seq, true);
    if (m_state == State::Sending)
        setState(State::Idle);
    schedule(std::chrono::milliseconds(0));
}

void QueueRunner::fail(const Action &action, const api::ApiError &error)
{
    m_inFlight = false;
    if (!m_queue)
        return;
    using K = api::ApiError::Kind;
    if (error.kind == K::Auth || error.httpStatus == 401) {
        m_queue->markRetry(action.seq, {}, error.message);
        m_timer.stop();
        setState(State::AuthPaused);
        Q_EMIT authenticationRequired(error.message);
        return;
    }
    const bool transient = error.isTransient() || error.kind == K::RateLimited ||
                           error.httpStatus == 429 || error.kind == K::Network ||
                           error.kind == K::Timeout || error.kind == K::Tls ||
                           error.kind == K::Cancelled;
    if (transient) {
        const auto delay = backoff(action.attempts);
        qCInfo(lcCache) << "action" << action.seq << "will be retried in" << delay.count()
                        << "ms:" << error.message;
        m_queue->markRetry(action.seq, QDateTime::currentDateTimeUtc().addMSecs(delay.count()),
                           error.message);
        if (m_state != State::Stopped)
            setState(State::Waiting);
        schedule(delay);
        return;
    }
    qCInfo(lcCache) << "action" << action.seq << "failed:" << error.message;
    m_queue->markFailed(action.seq, error.message);
    Q_EMIT actionFinished(action.seq, false);
    if (m_state == State::Sending)
        setState(State::Idle);
    schedule(std::chrono::milliseconds(0));
}

} // namespace tusk::cache
