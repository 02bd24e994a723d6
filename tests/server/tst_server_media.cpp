// Media uploads over real HTTP: type sniffed from the bytes, image facts (size, blurhash,
// preview), size caps, description/focus, owner-only details, attaching to statuses, and the
// files served with their type, caching headers and byte ranges.
#include "testserver.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using tusk::test::TestServer;

namespace {

QByteArray pngBytes(int w, int h, bool alpha = false)
{
    QImage image(w, h, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgba(x * 255 / w, y * 255 / h, 128, alpha ? 128 : 255));
    }
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

QByteArray jpegBytes(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(qRgb(200, 30, 30));
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "JPEG");
    return out;
}

QByteArray gifBytes()
{
    // A 1 × 1 GIF89a.
    return QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
}

QByteArray webpBytes()
{
    // RIFF/WEBP with a VP8X chunk announcing a 300 × 200 canvas (only the header is needed to
    // tell size when Qt has no WebP decoder).
    QByteArray d("RIFF\x00\x00\x00\x00WEBPVP8X\x0A\x00\x00\x00\x00\x00\x00\x00", 24);
    auto le24 = [](int v) {
        return QByteArray(1, char(v & 255)) + char((v >> 8) & 255) + char((v >> 16) & 255);
    };
    d += le24(299) + le24(199);
    return d + QByteArray(64, '\0');
}

} // namespace

class TestServerMedia : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sniffing_data();
    void sniffing();
    void imageFacts();
    void servedFile();
    void ranges_data();
    void ranges();
    void sizeCaps();
    void metadataStripped();
    void detailsOwnerOnly();
    void attachToStatus();
    void privatePostMedia();
    void deleteAndRedraft();
    void onlyMedia();

private:
    TestServer::Reply upload(const QByteArray &token, const QByteArray &data,
                             const QString &fileName, const QByteArray &contentType = {},
                             const QList<QPair<QString, QString>> &fields = {},
                             const QString &path = QStringLiteral("/api/v2/media"));
    QString uploadId(const QByteArray &token, const QByteArray &data = pngBytes(16, 16));
    TestServer::Reply fetch(const QString &absoluteUrl, const TestServer::Headers &headers = {},
                            const QByteArray &method = "GET");

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol;
};

TestServer::Reply TestServerMedia::upload(const QByteArray &token, const QByteArray &data,
                                          const QString &fileName, const QByteArray &contentType,
                                          const QList<QPair<QString, QString>> &fields,
                                          const QString &path)
{
    const QByteArray boundary = "----tusk-media-boundary-7d1f";
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() +
                "\"\r\n\r\n" + value.toUtf8() + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            fileName.toUtf8() + "\"\r\n";
    if (!contentType.isEmpty()) // toot sends none
        body += "Content-Type: " + contentType + "\r\n";
    body += "\r\n" + data + "\r\n--" + boundary + "--\r\n";
    return m_server->send("POST", path, body, token,
                          {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
}

QString TestServerMedia::uploadId(const QByteArray &token, const QByteArray &data)
{
    const auto r = upload(token, data, QStringLiteral("x.png"));
    if (r.status != 200)
        qWarning("upload failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

TestServer::Reply TestServerMedia::fetch(const QString &absoluteUrl,
                                         const TestServer::Headers &headers,
                                         const QByteArray &method)
{
    const QUrl url(absoluteUrl);
    return m_server->send(method, url.path(), {}, {}, headers);
}

void TestServerMedia::initTestCase()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    config.maxImageBytes = 600 * 1024;
    config.maxVideoBytes = 300 * 1024;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
}

void TestServerMedia::sniffing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("claimedType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("extension");

    const QByteArray mp4 = QByteArray("\x00\x00\x00\x18"
                                      "ftypisom\x00\x00\x02\x00isomiso2",
                                      24) +
                           QByteArray(200, '\x01');
    const QByteArray webm = QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\xF7\x81\x01\x42"
                                       "\xF2\x81\x04\x42\xF3\x81\x08\x42\x82\x84webm",
                                       28) +
                            QByteArray(100, '\0');
    const QByteArray mkv =
        QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\x82\x88matroska", 20) +
        QByteArray(100, '\0');
    const QByteArray ogg = QByteArray("OggS\x00\x02", 6) + QByteArray(100, '\0');
    const QByteArray wav = QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) + QByteArray(100, '\0');
    const QByteArray mp3 =
        QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(100, '\0');
    const QByteArray mp3Frame = QByteArray("\xFF\xFB\x90\x64", 4) + QByteArray(100, '\0');

    // The name and the claimed type never matter; only the bytes do.
    QTest::newRow("png named .txt")
        << pngBytes(20, 10) << "notes.txt" << QByteArray("text/plain") << 200 << "image"
        << "png";
    QTest::newRow("png without a type (toot)")
        << pngBytes(20, 10) << "a.png" << QByteArray() << 200 << "image"
        << "png";
    QTest::newRow("jpeg") << jpegBytes(30, 20) << "photo" << QByteArray() << 200 << "image"
                          << "jpg";
    QTest::newRow("gif") << gifBytes() << "a.gif" << QByteArray("image/gif") << 200 << "image"
                         << "gif";
    QTest::newRow("webp") << webpBytes() << "a.webp" << QByteArray() << 200 << "image"
                          << "webp";
    QTest::newRow("mp4") << mp4 << "clip.mov" << QByteArray() << 200 << "video"
                         << "mp4";
    QTest::newRow("webm") << webm << "clip" << QByteArray() << 200 << "video"
                          << "webm";
    QTest::newRow("ogg") << ogg << "a.ogg" << QByteArray() << 200 << "audio"
                         << "ogg";
    QTest::newRow("wav") << wav << "a.wav" << QByteArray() << 200 << "audio"
                         << "wav";
    QTest::newRow("mp3 with ID3") << mp3 << "a.mp3" << QByteArray() << 200 << "audio"
                                  << "mp3";
    QTest::newRow("mp3 frame") << mp3Frame << "a" << QByteArray() << 200 << "audio"
                               << "mp3";
    QTest::newRow("text named .png")
        << QByteArray("hello, not a picture") << "a.png" << QByteArray("image/png") << 422 << ""
        << "";
    QTest::newRow("html") << QByteArray("<html><script>alert(1)</script></html>") << "a.jpg"
                          << QByteArray("image/jpeg") << 422 << ""
                          << "";
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << "a.pdf" << QByteArray()
                         << 422 << ""
                         << "";
    QTest::newRow("matroska") << mkv << "a.webm" << QByteArray("video/webm") << 422 << ""
                              << "";
    QTest::newRow("truncated png")
        << pngBytes(20, 10).left(40) << "a.png" << QByteArray() << 422 << ""
        << "";
}

void TestServerMedia::sniffing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, claimedType);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, extension);
    const auto r = upload(m_alice.token, data, fileName, claimedType);
    QVERIFY2(r.status == status, r.body.constData());
    if (status != 200) {
        QVERIFY(!r.object().value("error").toString().isEmpty());
        return;
    }
    const QJsonObject m = r.object();
    QCOMPARE(m.value("type").toString(), type);
    const QString url = m.value("url").toString();
    QVERIFY2(url.endsWith("." + extension), qPrintable(url));
    // The stored file is what was sent.
    const auto file = fetch(url);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, data);
}

void TestServerMedia::imageFacts()
{
    const QByteArray png = pngBytes(800, 600);
    const auto r = upload(m_alice.token, png, "big.png", {},
                          {{"description", "a gradient"}, {"focus", "0.5,-0.25"}});
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject m = r.object();
    QCOMPARE(m.value("description").toString(), "a gradient");
    const QJsonObject meta = m.value("meta").toObject();
    const QJsonObject original = meta.value("original").toObject();
    QCOMPARE(original.value("width").toInt(), 800);
    QCOMPARE(original.value("height").toInt(), 600);
    QCOMPARE(original.value("size").toString(), "800x600");
    QCOMPARE(original.value("aspect").toDouble(), 800.0 / 600.0);
    const QJsonObject small = meta.value("small").toObject();
    QCOMPARE(small.value("width").toInt(), 640);
    QCOMPARE(small.value("height").toInt(), 480);
    QCOMPARE(meta.value("focus").toObject().value("x").toDouble(), 0.5);
    QCOMPARE(meta.value("focus").toObject().value("y").toDouble(), -0.25);
    // 4 × 3 components as Mastodon: size flag 'L', 28 characters of base 83.
    const QString blurhash = m.value("blurhash").toString();
    QVERIFY2(QRegularExpression("^L[0-9A-Za-z#$%*+,\\-.:;=?@\\[\\]^_{|}~]{27}$")
                 .match(blurhash)
                 .hasMatch(),
             qPrintable(blurhash));

    // The preview is a real, smaller image.
    const QString previewUrl = m.value("preview_url").toString();
    QVERIFY(previewUrl != m.value("url").toString());
    const auto preview = fetch(previewUrl);
    QCOMPARE(preview.status, 200);
    QCOMPARE(preview.header("Content-Type"), QByteArray("image/jpeg"));
    const QImage previewImage = QImage::fromData(preview.body);
    QCOMPARE(previewImage.size(), QSize(640, 480));

    // Small images keep their size; a transparent preview stays PNG.
    const auto tiny = upload(m_alice.token, pngBytes(40, 30, true), "t.png");
    QCOMPARE(tiny.status, 200);
    QCOMPARE(
        tiny.object().value("meta").toObject().value("small").toObject().value("width").toInt(),
        40);
    QVERIFY(tiny.object().value("preview_url").toString().endsWith(".png"));

    // v1 answers the same shape.
    const auto v1 = upload(m_alice.token, png, "big.png", {}, {}, "/api/v1/media");
    QCOMPARE(v1.status, 200);
    QCOMPARE(v1.object().value("blurhash").toString(), blurhash);

    // The WebP header gives the size even without a decoder.
    const auto webp = upload(m_alice.token, webpBytes(), "w.webp");
    QCOMPARE(webp.status, 200);
    QCOMPARE(
        webp.object().value("meta").toObject().value("original").toObject().value("width").toInt(),
        300);

    // Video has no image facts and no preview yet.
    const auto video = upload(m_alice.token,
                              QByteArray("\x00\x00\x00\x18"
                                         "ftypmp42",
                                         12) +
                                  QByteArray(50, 'v'),
                              "v.mp4");
    QCOMPARE(video.status, 200);
    QVERIFY(video.object().value("preview_url").isNull());
    QVERIFY(video.object().value("blurhash").isNull());

    // Bad focus and over-long descriptions are refused.
    QCOMPARE(upload(m_alice.token, png, "x.png", {}, {{"focus", "2,0"}}).status, 422);
    QCOMPARE(upload(m_alice.token, png, "x.png", {}, {{"description", QString(1501, u'a')}}).status,
             422);
    // No file at all.
    QCOMPARE(m_server->postForm("/api/v2/media", {{"description", "x"}}, m_alice.token).status,
             422);
}

void TestServerMedia::servedFile()
{
    const QByteArray png = pngBytes(50, 40);
    const auto r = upload(m_alice.token, png, "x.png");
    QCOMPARE(r.status, 200);
    const QString url = r.object().value("url").toString();
    // 128 random bits in hex: not guessable, not derived from the id.
    QVERIFY2(QRegularExpression("/system/media/[0-9a-f]{32}\\.png$").match(url).hasMatch(),
             qPrintable(url));
    QVERIFY(!url.contains(r.object().value("id").toString()));

    const auto file = fetch(url);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, png);
    QCOMPARE(file.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(file.header("Cache-Control").contains("immutable"));
    QCOMPARE(file.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(file.header("X-Content-Type-Options"), QByteArray("nosniff"));
    const QByteArray etag = file.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    const auto again = fetch(url, {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(fetch(url, {{"If-None-Match", "\"other\""}}).status, 200);

    const auto head = fetch(url, {}, "HEAD");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), png.size());

    // Names that do not exist, or are not of our shape, are 404.
    QCOMPARE(
        fetch(m_server->urlFor("/system/media/0123456789abcdef0123456789abcdef.png").toString())
            .status,
        404);
    QCOMPARE(fetch(m_server->urlFor("/system/media/..%2Fserver.sqlite3").toString()).status, 404);
    QCOMPARE(fetch(m_server->urlFor("/system/media/config.json").toString()).status, 404);
}

void TestServerMedia::ranges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("first"); // -1: whole file
    QTest::addColumn<int>("last");  // inclusive; -1: to the end

    QTest::newRow("first ten") << QByteArray("bytes=0-9") << 206 << 0 << 9;
    QTest::newRow("open end") << QByteArray("bytes=100-") << 206 << 100 << -1;
    QTest::newRow("suffix") << QByteArray("bytes=-5") << 206 << -5 << -1;
    QTest::newRow("past the end clamps") << QByteArray("bytes=10-999999") << 206 << 10 << -1;
    QTest::newRow("start past the end") << QByteArray("bytes=999999-") << 416 << 0 << 0;
    QTest::newRow("reversed") << QByteArray("bytes=9-3") << 416 << 0 << 0;
    QTest::newRow("not bytes") << QByteArray("lines=1-2") << 200 << -1 << -1;
}

void TestServerMedia::ranges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(int, first);
    QFETCH(int, last);
    const QByteArray png = pngBytes(60, 60);
    const auto r = upload(m_alice.token, png, "x.png");
    QCOMPARE(r.status, 200);
    const auto part = fetch(r.object().value("url").toString(), {{"Range", range}});
    QCOMPARE(part.status, status);
    const qsizetype size = png.size();
    if (status == 416) {
        QCOMPARE(part.header("Content-Range"), "bytes */" + QByteArray::number(size));
        return;
    }
    if (status == 200) {
        QCOMPARE(part.body, png);
        return;
    }
    const qsizetype from = first < 0 ? size + first : first;
    const qsizetype to = last < 0 ? size - 1 : last;
    QCOMPARE(part.body, png.mid(from, to - from + 1));
    QCOMPARE(part.header("Content-Range"), "bytes " + QByteArray::number(from) + '-' +
                                               QByteArray::number(to) + '/' +
                                               QByteArray::number(size));
}

void TestServerMedia::sizeCaps()
{
    // 600 KiB for images, 300 KiB for video in this server's config.
    QByteArray bigImage = pngBytes(16, 16);
    bigImage += QByteArray(700 * 1024, '\0'); // trailing bytes after IEND: still a PNG
    const auto image = upload(m_alice.token, bigImage, "big.png");
    QCOMPARE(image.status, 413);
    QVERIFY(image.object().value("error").toString().contains("too large"));

    const QByteArray video = QByteArray("\x00\x00\x00\x18"
                                        "ftypisom",
                                        12) +
                             QByteArray(400 * 1024, 'v');
    QCOMPARE(upload(m_alice.token, video, "v.mp4").status, 413);
    // The same number of bytes is fine for an image.
    QByteArray okImage = pngBytes(16, 16) + QByteArray(400 * 1024, '\0');
    QCOMPARE(upload(m_alice.token, okImage, "ok.png").status, 200);

    // The limits are advertised.
    const QJsonObject config = m_server->get("/api/v2/instance")
                                   .object()
                                   .value("configuration")
                                   .toObject()
                                   .value("media_attachments")
                                   .toObject();
    QCOMPARE(config.value("image_size_limit").toInteger(), 600 * 1024);
    QCOMPARE(config.value("video_size_limit").toInteger(), 300 * 1024);
    QVERIFY(config.value("supported_mime_types").toArray().contains("video/mp4"));
}

void TestServerMedia::metadataStripped()
{
    // A JPEG with an EXIF segment saying "rotate 90° clockwise" (orientation 6) and a marker
    // standing in for a GPS position: stored upright, without the metadata.
    const QByteArray plain = jpegBytes(30, 20);
    const QByteArray tiff = QByteArray("MM\x00\x2A\x00\x00\x00\x08"
                                       "\x00\x01"
                                       "\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00"
                                       "\x00\x00\x00\x00",
                                       26) +
                            "GPS-SECRET-PLACE";
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    const int length = int(payload.size()) + 2;
    const QByteArray app1 =
        QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 255) + payload;
    const QByteArray withExif = plain.left(2) + app1 + plain.mid(2);
    QCOMPARE(QImage::fromData(withExif).size(), QSize(30, 20)); // Qt reads it, unrotated

    const auto r = upload(m_alice.token, withExif, "photo.jpg");
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject original = r.object().value("meta").toObject().value("original").toObject();
    QCOMPARE(original.value("width").toInt(), 20); // turned upright
    QCOMPARE(original.value("height").toInt(), 30);
    const auto file = fetch(r.object().value("url").toString());
    QCOMPARE(file.status, 200);
    QVERIFY(!file.body.contains("GPS-SECRET-PLACE"));
    QVERIFY(!file.body.contains("Exif"));
    QCOMPARE(QImage::fromData(file.body).size(), QSize(20, 30));
    // Without metadata the upload is kept byte for byte.
    const auto clean = upload(m_alice.token, plain, "plain.jpg");
    QCOMPARE(fetch(clean.object().value("url").toString()).body, plain);
}

void TestServerMedia::detailsOwnerOnly()
{
    const QString id = uploadId(m_alice.token);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_server->get("/api/v1/media/" + id, m_alice.token).status, 200);
    QCOMPARE(m_server->get("/api/v1/media/" + id, m_bob.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/media/" + id).status, 401);
    QCOMPARE(m_server->get("/api/v1/media/" + id, m_server->token("alice", "read")).status, 403);

    auto put = [&](const QByteArray &token, const QJsonObject &body) {
        return m_server->send("PUT", "/api/v1/media/" + id,
                              QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                              {{"Content-Type", "application/json"}});
    };
    QCOMPARE(put(m_bob.token, {{"description", "mine now"}}).status, 404);
    const auto updated = put(m_alice.token, {{"description", "a tiny square"}, {"focus", "-1,1"}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value("description").toString(), "a tiny square");
    QCOMPARE(
        updated.object().value("meta").toObject().value("focus").toObject().value("x").toDouble(),
        -1.0);
    QCOMPARE(m_server->get("/api/v1/media/" + id, m_alice.token)
                 .object()
                 .value("description")
                 .toString(),
             "a tiny square");
    QCOMPARE(put(m_alice.token, {{"focus", "x,y"}}).status, 422);
}

void TestServerMedia::attachToStatus()
{
    const QString a = uploadId(m_alice.token);
    const QString b = uploadId(m_alice.token, pngBytes(30, 10));
    QVERIFY(!a.isEmpty() && !b.isEmpty());

    // Form (media_ids[]) and a post of only pictures.
    const auto posted = m_server->postForm("/api/v1/statuses",
                                           {{"media_ids[]", b}, {"media_ids[]", a}}, m_alice.token);
    QVERIFY2(posted.status == 200, posted.body.constData());
    const QJsonArray media = posted.object().value("media_attachments").toArray();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media[0].toObject().value("id").toString(), b); // in the order given
    QCOMPARE(media[1].toObject().value("id").toString(), a);

    // Once attached, it cannot move to another post.
    const auto reuse = m_server->postJson(
        "/api/v1/statuses", {{"status", "again"}, {"media_ids", QJsonArray{a}}}, m_alice.token);
    QCOMPARE(reuse.status, 422);
    // Someone else's upload is not there for bob.
    const QString c = uploadId(m_alice.token);
    QCOMPARE(m_server
                 ->postJson("/api/v1/statuses", {{"status", "x"}, {"media_ids", QJsonArray{c}}},
                            m_bob.token)
                 .status,
             422);
    // Unknown ids, and more than four.
    QCOMPARE(m_server
                 ->postJson("/api/v1/statuses",
                            {{"status", "x"}, {"media_ids", QJsonArray{"12345"}}}, m_alice.token)
                 .status,
             422);
    QJsonArray five;
    for (int i = 0; i < 5; ++i)
        five.append(uploadId(m_alice.token));
    QCOMPARE(
        m_server
            ->postJson("/api/v1/statuses", {{"status", "x"}, {"media_ids", five}}, m_alice.token)
            .status,
        422);
    // JSON (toot) with four works, and the status shows them to others.
    five.removeLast();
    const auto four = m_server->postJson(
        "/api/v1/statuses", {{"status", "four pictures"}, {"media_ids", five}}, m_alice.token);
    QCOMPARE(four.status, 200);
    const QString id = four.object().value("id").toString();
    QCOMPARE(m_server->get("/api/v1/statuses/" + id, m_bob.token)
                 .object()
                 .value("media_attachments")
                 .toArray()
                 .size(),
             4);
    // A poll and media together are refused.
    const QString d = uploadId(m_alice.token);
    QCOMPARE(m_server
                 ->postJson("/api/v1/statuses",
                            {{"status", "x"},
                             {"media_ids", QJsonArray{d}},
                             {"poll", QJsonObject{{"options", QJsonArray{"a", "b"}},
                                                  {"expires_in", 3600}}}},
                            m_alice.token)
                 .status,
             422);
}

void TestServerMedia::privatePostMedia()
{
    const QString m = uploadId(m_alice.token);
    const auto posted = m_server->postJson(
        "/api/v1/statuses",
        {{"status", "for my followers"}, {"visibility", "private"}, {"media_ids", QJsonArray{m}}},
        m_alice.token);
    QCOMPARE(posted.status, 200);
    const QString statusId = posted.object().value("id").toString();
    // bob does not follow alice: the status, its media entity and alice's page hide it.
    QCOMPARE(m_server->get("/api/v1/statuses/" + statusId, m_bob.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/media/" + m, m_bob.token).status, 404);
    const auto page =
        m_server->get("/api/v1/accounts/" + m_alice.idString + "/statuses", m_bob.token);
    QVERIFY(!page.body.contains(m.toUtf8()));
    QVERIFY(!m_server->get("/api/v1/timelines/public").body.contains(m.toUtf8()));
    // carol follows and sees it with its media.
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_carol.token)
            .status,
        200);
    const auto seen = m_server->get("/api/v1/statuses/" + statusId, m_carol.token);
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.object().value("media_attachments").toArray().size(), 1);
}

void TestServerMedia::deleteAndRedraft()
{
    const QString m = uploadId(m_alice.token);
    const auto posted = m_server->postJson(
        "/api/v1/statuses", {{"status", "draft one"}, {"media_ids", QJsonArray{m}}}, m_alice.token);
    QCOMPARE(posted.status, 200);
    const auto deleted =
        m_server->del("/api/v1/statuses/" + posted.object().value("id").toString(), m_alice.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value("text").toString(), "draft one");
    QCOMPARE(deleted.object().value("media_attachments").toArray().size(), 1);
    // The upload is free again for the redraft.
    const auto redraft = m_server->postJson(
        "/api/v1/statuses", {{"status", "draft two"}, {"media_ids", QJsonArray{m}}}, m_alice.token);
    QCOMPARE(redraft.status, 200);
    QCOMPARE(redraft.object().value("media_attachments").toArray().size(), 1);
}

void TestServerMedia::onlyMedia()
{
    const QString plain =
        m_server->postForm("/api/v1/statuses", {{"status", "just text"}}, m_bob.token)
            .object()
            .value("id")
            .toString();
    const QString pictured = m_server
                                 ->postJson("/api/v1/statuses",
                                            {{"status", "bob's picture"},
                                             {"media_ids", QJsonArray{uploadId(m_bob.token)}}},
                                            m_bob.token)
                                 .object()
                                 .value("id")
                                 .toString();
    const QString hidden = m_server
                               ->postJson("/api/v1/statuses",
                                          {{"status", "bob's private picture"},
                                           {"visibility", "private"},
                                           {"media_ids", QJsonArray{uploadId(m_bob.token)}}},
                                          m_bob.token)
                               .object()
                               .value("id")
                               .toString();
    QVERIFY(!plain.isEmpty() && !pictured.isEmpty() && !hidden.isEmpty());
    auto ids = [&](const QString &path, const QByteArray &token) {
        QStringList out;
        for (const QJsonValue &s : m_server->get(path, token).array())
            out << s.toObject().value("id").toString();
        return out;
    };
    const QString account = "/api/v1/accounts/" + m_bob.idString + "/statuses?only_media=true";
    QCOMPARE(ids(account, m_bob.token), (QStringList{hidden, pictured}));
    QCOMPARE(ids(account, m_carol.token), QStringList{pictured}); // carol does not follow bob
    QCOMPARE(ids(account, {}), QStringList{pictured});
    const QStringList publicMedia = ids("/api/v1/timelines/public?only_media=1&limit=40", {});
    QVERIFY(publicMedia.contains(pictured));
    QVERIFY(!publicMedia.contains(plain));
    QVERIFY(!publicMedia.contains(hidden));
    for (const QJsonValue &s :
         m_server->get("/api/v1/timelines/public?only_media=1&limit=40").array())
        QVERIFY(!s.toObject().value("media_attachments").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerMedia)
#include "tst_server_media.moc"
