#pragma once
// What the page tests see of the world: alice's real AccountSession over the bundled server
// (in-process, 127.0.0.1, temporary data) seeded with posts, a thread, a content warning and
// notifications; and questions to the server to check the effect of what the tests did.
#include "sessionfixture.h"

#include <QObject>
#include <QVariantMap>

class TestBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject *session READ session CONSTANT)
    Q_PROPERTY(QString aliceId READ aliceId CONSTANT)
    Q_PROPERTY(QString bobId READ bobId CONSTANT)
    Q_PROPERTY(QString carolId READ carolId CONSTANT)
    // Seeded status ids: "cw", "threadRoot", "threadReply", "threadAnswer", "mention".
    Q_PROPERTY(QVariantMap ids READ ids CONSTANT)
    Q_PROPERTY(QString error READ error CONSTANT)
public:
    explicit TestBackend(QObject *parent = nullptr);
    ~TestBackend() override;

    bool setUp();
    QObject *session() const;
    QString aliceId() const { return m_fx.alice.idString; }
    QString bobId() const { return m_fx.bob.idString; }
    QString carolId() const { return m_carol.idString; }
    QVariantMap ids() const { return m_ids; }
    QString error() const { return m_error; }

    // The server's view, as alice.
    Q_INVOKABLE bool isFavourited(const QString &statusId);
    Q_INVOKABLE bool isReblogged(const QString &statusId);
    Q_INVOKABLE bool isFollowing(const QString &accountId);
    Q_INVOKABLE bool isMuting(const QString &accountId);
    // bob posts (reaches alice's home through streaming).
    Q_INVOKABLE QString bobPosts(const QString &text);
    Q_INVOKABLE bool streamingConnected() const;
    // carol (whom alice does not follow: nothing changes in her home or notifications) posts
    // `text` and edits it to `edited` with a content warning; returns the id, "" on failure.
    Q_INVOKABLE QString carolPostsAndEdits(const QString &text, const QString &edited,
                                           const QString &spoilerText);

private:
    QJsonObject aliceGet(const QString &path);

    tusk::test::SessionFixture m_fx;
    tusk::test::TestServer::User m_carol;
    std::unique_ptr<tusk::session::AccountSession> m_session;
    QVariantMap m_ids;
    QString m_error;
};
