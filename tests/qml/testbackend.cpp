#include "testbackend.h"

#include <QJsonArray>
#include <QJsonDocument>

TestBackend::TestBackend(QObject *parent) : QObject(parent) {}

TestBackend::~TestBackend()
{
    if (m_session)
        m_session->stop();
}

bool TestBackend::setUp()
{
    if (!m_fx.setUp()) {
        m_error = QStringLiteral("server did not start");
        return false;
    }
    auto &server = *m_fx.server;
    m_carol = server.addUser(QStringLiteral("carol"));
    // Enough posts by bob for paging and j/k; one with a content warning.
    for (int i = 0; i < 25; ++i)
        m_fx.post(m_fx.bob, QStringLiteral("Post number %1 from bob").arg(i));
    const auto cw =
        server.postForm(QStringLiteral("/api/v1/statuses"),
                        {{QStringLiteral("status"), QStringLiteral("The ending is sad")},
                         {QStringLiteral("spoiler_text"), QStringLiteral("Film spoilers")}},
                        m_fx.bob.token);
    m_ids.insert(QStringLiteral("cw"), cw.object().value(u"id").toString());
    // A thread: bob → alice → bob.
    const QString root = m_fx.post(m_fx.bob, QStringLiteral("Thread root by bob"));
    const auto replyTo = [&](const tusk::test::TestServer::User &u, const QString &text,
                             const QString &parent) {
        return server
            .postForm(
                QStringLiteral("/api/v1/statuses"),
                {{QStringLiteral("status"), text}, {QStringLiteral("in_reply_to_id"), parent}},
                u.token)
            .object()
            .value(u"id")
            .toString();
    };
    const QString reply = replyTo(m_fx.alice, QStringLiteral("@bob a reply by alice"), root);
    const QString answer = replyTo(m_fx.bob, QStringLiteral("@alice bob answers"), reply);
    m_ids.insert(QStringLiteral("threadRoot"), root);
    m_ids.insert(QStringLiteral("threadReply"), reply);
    m_ids.insert(QStringLiteral("threadAnswer"), answer);
    // Notifications for alice: bob and carol favourite her reply, carol follows her, bob
    // mentioned her (the answer above).
    const QString fav = QStringLiteral("/api/v1/statuses/%1/favourite").arg(reply);
    if (server.postForm(fav, {}, m_fx.bob.token).status != 200 ||
        server.postForm(fav, {}, m_carol.token).status != 200 ||
        server.postForm(QStringLiteral("/api/v1/accounts/%1/follow").arg(m_fx.alice.idString), {},
                        m_carol.token)
                .status != 200) {
        m_error = QStringLiteral("seeding failed");
        return false;
    }
    m_session = m_fx.session();
    m_session->start();
    if (!tusk::test::SessionFixture::waitConnected(*m_session, 10'000)) {
        m_error = QStringLiteral("streaming did not connect");
        return false;
    }
    return true;
}

QObject *TestBackend::session() const
{
    return m_session.get();
}

QJsonObject TestBackend::aliceGet(const QString &path)
{
    return m_fx.server->get(path, m_fx.alice.token).object();
}

bool TestBackend::isFavourited(const QString &statusId)
{
    return aliceGet(QStringLiteral("/api/v1/statuses/") + statusId).value(u"favourited").toBool();
}

bool TestBackend::isReblogged(const QString &statusId)
{
    return aliceGet(QStringLiteral("/api/v1/statuses/") + statusId).value(u"reblogged").toBool();
}

bool TestBackend::isFollowing(const QString &accountId)
{
    const QJsonArray rels =
        m_fx.server
            ->get(QStringLiteral("/api/v1/accounts/relationships?id[]=") + accountId,
                  m_fx.alice.token)
            .array();
    return !rels.isEmpty() && rels.first().toObject().value(u"following").toBool();
}

bool TestBackend::isMuting(const QString &accountId)
{
    const QJsonArray rels =
        m_fx.server
            ->get(QStringLiteral("/api/v1/accounts/relationships?id[]=") + accountId,
                  m_fx.alice.token)
            .array();
    return !rels.isEmpty() && rels.first().toObject().value(u"muting").toBool();
}

QString TestBackend::bobPosts(const QString &text)
{
    return m_fx.post(m_fx.bob, text);
}

bool TestBackend::streamingConnected() const
{
    return m_session &&
           m_session->streaming()->state() == tusk::streaming::StreamingClient::State::Connected;
}

QString TestBackend::carolPostsAndEdits(const QString &text, const QString &edited,
                                        const QString &spoilerText)
{
    const QString id = m_fx.post(m_carol, text);
    if (id.isEmpty())
        return {};
    const QJsonObject body{{QStringLiteral("status"), edited},
                           {QStringLiteral("spoiler_text"), spoilerText}};
    const auto reply = m_fx.server->send("PUT", QStringLiteral("/api/v1/statuses/") + id,
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         m_carol.token, {{"Content-Type", "application/json"}});
    return reply.status == 200 ? id : QString();
}
