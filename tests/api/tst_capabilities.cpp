#include "api/capabilities.h"
#include "scriptedpeer.h"

#include <QNetworkAccessManager>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tusk::api;

namespace {

QString fixturesDir()
{
    const QByteArray env = qgetenv("TUSKLINE_FIXTURES");
    return env.isEmpty() ? QStringLiteral(TUSKLINE_FIXTURES_DIR) : QString::fromLocal8Bit(env);
}

QJsonObject load(const QString &relative)
{
    if (relative.isEmpty())
        return {};
    QFile f(fixturesDir() + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCapabilities : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<QString>("instanceFile");
        QTest::addColumn<QString>("nodeInfoFile");
        QTest::addColumn<QString>("software");
        QTest::addColumn<QString>("softwareName");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("v2");
        // grouped notifications, PKCE, edits, quotes, translation, markdown
        QTest::addColumn<QList<bool>>("features");
        QTest::addColumn<QString>("streaming");
        // max characters, reserved per URL, max media, poll options, poll option chars, image bytes
        QTest::addColumn<QList<qint64>>("limits");

        QTest::newRow("mastodon 4.3 v2 + nodeinfo")
            << "tootsdk/instancev2_mastodon.json"
            << "tootsdk/nodeinfo_mastodon.json"
            << "mastodon"
            << "mastodon"
            << "4.3.0" << true << QList<bool>{true, true, true, false, true, false}
            << "wss://streaming.mastodon.social" << QList<qint64>{500, 23, 4, 4, 50, 16777216};
        QTest::newRow("mastodon 4.6 v2 (mastodon.social) + nodeinfo")
            << "mastodon-py/test_entity_instanceaccountconfiguration__002_GET_api_v2_instance.json"
            << "mastodon-py/test_entity_nodeinfo__002_GET_nodeinfo_2_0.json"
            << "mastodon"
            << "mastodon"
            << "4.6.0" << true << QList<bool>{true, true, true, true, true, false}
            << "wss://streaming.mastodon.social" << QList<qint64>{500, 23, 4, 4, 50, 16777216};
        QTest::newRow("mastodon 4.6 v1 only")
            << "mastodon-py/test_instance_v1__001_GET_api_v1_instance.json"
            << ""
            << "mastodon"
            << "mastodon"
            << "4.6.4" << false << QList<bool>{true, true, true, true, false, false}
            << "ws://localhost:4000" << QList<qint64>{500, 23, 4, 4, 50, 16777216};
        QTest::newRow("mastodon 4.0 v2")
            << "bigbone/mastodon_client_v2_instance_response.json"
            << ""
            << "mastodon"
            << "mastodon"
            << "4.0.0" << true << QList<bool>{false, false, true, false, true, false}
            << "wss://mastodon.social" << QList<qint64>{500, 23, 4, 4, 50, 10485760};
        QTest::newRow("mastodon 1.2 v1 (defaults)")
            << "mastodonkit/Instance.json"
            << ""
            << "mastodon"
            << "mastodon"
            << "1.2.3" << false << QList<bool>{false, false, false, false, false, false} << ""
            << QList<qint64>{500, 23, 4, 4, 50, 0};
        QTest::newRow("gotosocial v2")
            << "tootsdk/instancev2_gotosocial.json"
            << ""
            << "gotosocial"
            << "gotosocial"
            << "3.3.0" << true << QList<bool>{false, true, true, false, false, true}
            << "wss://social.browser.org" << QList<qint64>{5000, 25, 6, 6, 50, 41943040};
        QTest::newRow("akkoma v1")
            << "tootsdk/instance_akkoma.json"
            << ""
            << "akkoma"
            << "akkoma"
            << "3.10.4" << false << QList<bool>{false, false, true, true, false, true}
            << "wss://social.thisworksonmycomputer.local"
            << QList<qint64>{5000, 23, 4, 20, 200, 16000000};
        QTest::newRow("pleroma nodeinfo only")
            << ""
            << "tootsdk/nodeinfo_pleroma.json"
            << "pleroma"
            << "pleroma"
            << "2.6.3" << false << QList<bool>{false, false, true, true, false, true} << ""
            << QList<qint64>{500, 23, 4, 4, 50, 0};
        QTest::newRow("iceshrimp.net v1")
            << "tootsdk/instance_iceshrimpnet.json"
            << ""
            << "misskey-fork"
            << "iceshrimp.net"
            << "2024.1" << false << QList<bool>{false, false, false, false, false, false}
            << "wss://example.com" << QList<qint64>{8192, 23, 16, 10, 50, 10485760};
        QTest::newRow("catodon v1")
            << "tootsdk/instance_catodon_contact_removed.json"
            << ""
            << "misskey-fork"
            << "catodon"
            << "24.1" << false << QList<bool>{false, false, false, false, false, false}
            << "wss://social.thisworksonmycomputer.local"
            << QList<qint64>{8000, 23, 16, 10, 50, 10485760};
        QTest::newRow("firefish nodeinfo")
            << ""
            << "tootsdk/nodeinfo_firefish.json"
            << "misskey-fork"
            << "firefish"
            << "20240523" << false << QList<bool>{false, false, false, false, false, false} << ""
            << QList<qint64>{500, 23, 4, 4, 50, 0};
        QTest::newRow("friendica v1")
            << "tootsdk/instance_friendica_nocontact.json"
            << ""
            << "other"
            << "friendica"
            << "2023.5" << false << QList<bool>{false, false, false, false, false, false} << ""
            << QList<qint64>{200000, 23, 4, 4, 50, 0};
        QTest::newRow("pixelfed v1")
            << "tootsdk/instance_pixelfed.json"
            << ""
            << "other"
            << "pixelfed"
            << "0.12.3" << false << QList<bool>{false, false, false, false, false, false} << ""
            << QList<qint64>{2000, 23, 10, 4, 50, 15360000};
        QTest::newRow("pixelfed v2 (no polls)")
            << "tootsdk/instancev2_pixelfed.json"
            << ""
            << "other"
            << "pixelfed"
            << "0.12.3" << true << QList<bool>{false, false, false, false, false, false} << ""
            << QList<qint64>{2000, 23, 20, 0, 0, 15360000};
    }
    void derive()
    {
        QFETCH(QString, instanceFile);
        QFETCH(QString, nodeInfoFile);
        QFETCH(QString, software);
        QFETCH(QString, softwareName);
        QFETCH(QString, version);
        QFETCH(bool, v2);
        QFETCH(QList<bool>, features);
        QFETCH(QString, streaming);
        QFETCH(QList<qint64>, limits);

        const Capabilities c = Capabilities::derive(load(instanceFile), load(nodeInfoFile));
        QCOMPARE(Capabilities::softwareKey(c.software), software);
        QCOMPARE(c.softwareName, softwareName);
        QCOMPARE(c.version.toString(), version);
        QCOMPARE(c.hasInstanceV2, v2);
        QCOMPARE(c.groupedNotifications, features[0]);
        QCOMPARE(c.pkce, features[1]);
        QCOMPARE(c.edits, features[2]);
        QCOMPARE(c.quotes, features[3]);
        QCOMPARE(c.translation, features[4]);
        QCOMPARE(c.supportsMarkdown(), features[5]);
        QCOMPARE(c.streamingUrl.toString(), streaming);
        QCOMPARE(c.limits.maxCharacters, limits[0]);
        QCOMPARE(c.limits.charactersReservedPerUrl, limits[1]);
        QCOMPARE(c.limits.maxMediaAttachments, limits[2]);
        QCOMPARE(c.limits.pollMaxOptions, limits[3]);
        QCOMPARE(c.limits.pollMaxCharactersPerOption, limits[4]);
        QCOMPARE(c.limits.imageSizeLimit, limits[5]);
    }

    void oauthMetadataTurnsOnPkce()
    {
        // A server we know nothing about, whose RFC 8414 metadata lists S256.
        const QJsonObject instance{
            {QStringLiteral("uri"), QStringLiteral("x.example")},
            {QStringLiteral("version"), QStringLiteral("0.1 (compatible; Hollo 0.6)")}};
        QVERIFY(!Capabilities::derive(instance).pkce);
        const QJsonObject meta =
            QJsonDocument::fromJson(R"({"code_challenge_methods_supported":["plain","S256"]})")
                .object();
        const Capabilities c = Capabilities::derive(instance, {}, meta);
        QVERIFY(c.pkce);
        QCOMPARE(c.softwareName, QStringLiteral("hollo"));
        QCOMPARE(c.version, QVersionNumber(0, 6));
    }

    void contentTypesAndMedia()
    {
        const Capabilities gts =
            Capabilities::derive(load(QStringLiteral("tootsdk/instancev2_gotosocial.json")));
        QCOMPARE(gts.contentTypes,
                 (QStringList{QStringLiteral("text/plain"), QStringLiteral("text/markdown")}));
        QVERIFY(gts.limits.mediaTypes.contains(QStringLiteral("image/webp")));
        QCOMPARE(gts.limits.videoFrameRateLimit, 60);
        const Capabilities akkoma =
            Capabilities::derive(load(QStringLiteral("tootsdk/instance_akkoma.json")));
        QVERIFY(akkoma.contentTypes.contains(QStringLiteral("text/bbcode")));
        QCOMPARE(akkoma.limits.videoSizeLimit, 16000000);
        QCOMPARE(akkoma.limits.pollMaxExpirationSecs, 31536000);
        const Capabilities masto =
            Capabilities::derive(load(QStringLiteral("tootsdk/instancev2_mastodon.json")));
        QCOMPARE(masto.mastodonApiVersion, 2);
        QCOMPARE(masto.contentTypes, QStringList{QStringLiteral("text/plain")});
        QCOMPARE(masto.limits.videoMatrixLimit, 8294400);
    }

    // The fetch order on the wire: v2 → 404 → v1; NodeInfo index → newest 2.x document.
    void fetchFallsBackToV1()
    {
        ScriptedPeer peer;
        const QByteArray v1 =
            QJsonDocument(
                load(QStringLiteral("mastodon-py/test_instance_v1__001_GET_api_v1_instance.json")))
                .toJson();
        const QByteArray nodeInfo =
            QJsonDocument(load(QStringLiteral("tootsdk/nodeinfo_pleroma.json"))).toJson();
        // (Built, not a raw string literal: moc reads "//" inside one as a comment.)
        const auto link = [](const char *version, const char *href) {
            return QJsonObject{{QStringLiteral("rel"),
                                QStringLiteral("http:/") +
                                    QStringLiteral("/nodeinfo.diaspora.software/ns/schema/") +
                                    QLatin1String(version)},
                               {QStringLiteral("href"), QLatin1String(href)}};
        };
        const QByteArray nodeInfoIndex =
            QJsonDocument(QJsonObject{{QStringLiteral("links"),
                                       QJsonArray{link("2.0", "/nodeinfo/2.0"),
                                                  link("2.1", "/nodeinfo/2.1.json")}}})
                .toJson();
        peer.handler = [&](const RecordedRequest &req) {
            if (req.target == "/api/v1/instance")
                return ScriptedReply::json(200, v1);
            if (req.target == "/.well-known/nodeinfo")
                return ScriptedReply::json(200, nodeInfoIndex);
            if (req.target == "/nodeinfo/2.1.json")
                return ScriptedReply::json(200, nodeInfo);
            return ScriptedReply::json(404, R"({"error":"Not found"})");
        };
        QNetworkAccessManager nam;
        ApiClient client(&nam, peer.url());
        client.setAccessToken(QStringLiteral("t"));
        std::optional<ApiResult<Capabilities>> result;
        Capabilities::fetch(&client, this,
                            [&](ApiResult<Capabilities> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        // NodeInfo names the software; the v1 document gives the limits.
        QCOMPARE(result->value().softwareName, QStringLiteral("pleroma"));
        QCOMPARE(result->value().version, QVersionNumber(2, 6, 3));
        QCOMPARE(result->value().limits.maxCharacters, 500);
        QCOMPARE(result->value().streamingUrl, QUrl(QStringLiteral("ws://localhost:4000")));
        QStringList targets;
        for (const auto &r : peer.requests) {
            targets.append(QString::fromLatin1(r.target));
            QVERIFY(r.header("Authorization").isEmpty()); // discovery is anonymous
        }
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{"/.well-known/nodeinfo", "/.well-known/oauth-authorization-server",
                              "/api/v1/instance", "/api/v2/instance", "/nodeinfo/2.1.json"}));
    }

    void fetchFailsWithoutInstance()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) { return ScriptedReply::json(404, "{}"); };
        QNetworkAccessManager nam;
        ApiClient client(&nam, peer.url());
        std::optional<ApiResult<Capabilities>> result;
        Capabilities::fetch(&client, this,
                            [&](ApiResult<Capabilities> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
