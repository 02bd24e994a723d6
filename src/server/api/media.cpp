// Uploads (POST /api/v1/media and /api/v2/media), their details (GET/PUT /api/v1/media/:id) and
// the files themselves under /system/media/ with caching headers and byte ranges.
#include "server/api/common.h"
#include "server/api/handlers.h"
#include "server/logging.h"
#include "server/media/mediafile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace tusk::server::api {

namespace {

constexpr int kDescriptionLimit = 1500;

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

QString mediaDir(const ServerCore &core)
{
    return core.dataDir + QStringLiteral("/media");
}

// 128 random bits: the file name is the capability for media of non-public posts.
QString randomName()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

// "x,y" with both in -1..1 (Mastodon's focal point); false for anything else.
bool parseFocus(const QString &text, double *x, double *y)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return false;
    bool okX = false, okY = false;
    const double fx = parts.at(0).trimmed().toDouble(&okX);
    const double fy = parts.at(1).trimmed().toDouble(&okY);
    if (!okX || !okY || fx < -1 || fx > 1 || fy < -1 || fy > 1)
        return false;
    *x = fx;
    *y = fy;
    return true;
}

// description and focus, shared by upload and update.
std::optional<Response> readDetails(const Params &p, MediaRow *m)
{
    if (p.has(u"description")) {
        m->description = p.string(u"description");
        if (m->description.size() > kDescriptionLimit)
            return unprocessable(
                tr("Validation failed: Description is too long (maximum is %1 characters)")
                    .arg(kDescriptionLimit));
    }
    if (p.has(u"focus") && !p.string(u"focus").isEmpty() &&
        !parseFocus(p.string(u"focus"), &m->focusX, &m->focusY))
        return unprocessable(tr("Validation failed: Focus must be two numbers from -1 to 1"));
    return std::nullopt;
}

std::optional<MediaRow> ownMedia(Context &ctx)
{
    std::optional<MediaRow> m = ctx.store().media.byId(idArg(ctx));
    if (!m || m->accountId != ctx.viewer())
        return std::nullopt; // someone else's upload does not exist for this user
    return m;
}

QString humanSize(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

} // namespace

Response uploadMedia(Context &ctx)
{
    const UploadedFile *file = nullptr;
    for (const UploadedFile &f : std::as_const(ctx.req.files)) {
        if (f.fieldName == u"file") {
            file = &f;
            break;
        }
    }
    if (!file || file->data.isEmpty())
        return unprocessable(tr("Validation failed: File can't be blank"));

    // The bytes decide the type: toot sends no Content-Type, and a name proves nothing.
    const std::optional<media::SniffedType> type = media::sniff(file->data);
    if (!type)
        return unprocessable(tr("Validation failed: File has an unsupported type (accepted: "
                                "JPEG, PNG, GIF and WebP images, MP4 and WebM video, MP3, Ogg "
                                "and WAV audio)"));
    const ServerConfig &cfg = ctx.core.config;
    const qint64 cap = type->type == u"image" ? cfg.maxImageBytes : cfg.maxVideoBytes;
    if (file->data.size() > cap)
        return Response::error(413, tr("File is too large: %1 (the limit for this type is %2)")
                                        .arg(humanSize(file->data.size()), humanSize(cap)));

    MediaRow row;
    row.accountId = ctx.viewer();
    row.type = type->type;
    row.mime = type->mime;
    row.fileSize = file->data.size();
    if (auto error = readDetails(ctx.params(), &row))
        return *error;

    QByteArray bytes = file->data;
    media::ImageInfo image;
    if (type->type == u"image") {
        QString error;
        const std::optional<media::ImageInfo> info =
            media::inspectImage(file->data, *type, cfg.maxImagePixels, &error);
        if (!info)
            return unprocessable(tr("Validation failed: %1").arg(error));
        image = *info;
        row.width = image.width;
        row.height = image.height;
        row.blurhash = image.blurhash;
        if (!image.stripped.isEmpty()) {
            bytes = image.stripped;
            row.fileSize = bytes.size();
        }
    }

    const QString dir = mediaDir(ctx.core);
    if (!QDir().mkpath(dir))
        return Response::error(500, tr("Could not store the file"));
    const QString base = randomName();
    row.fileName = base + u'.' + type->extension;
    if (!writeFile(dir + u'/' + row.fileName, bytes))
        return Response::error(500, tr("Could not store the file"));
    if (!image.preview.isEmpty()) {
        row.previewName = base + QStringLiteral("_small.") + image.previewExtension;
        row.previewWidth = image.previewWidth;
        row.previewHeight = image.previewHeight;
        if (!writeFile(dir + u'/' + row.previewName, image.preview))
            row.previewName.clear();
    }
    if (!ctx.store().media.create(row)) {
        QFile::remove(dir + u'/' + row.fileName);
        if (!row.previewName.isEmpty())
            QFile::remove(dir + u'/' + row.previewName);
        return Response::error(500, tr("Could not store the file"));
    }
    qCDebug(lcServer) << "stored upload" << row.id << row.mime << row.fileSize;
    // Processing is synchronous, so v2 can answer 200 with the URL at once (the notes: fine).
    return Response::json(render::mediaAttachment(ctx.core, row));
}

Response getMedia(Context &ctx)
{
    const std::optional<MediaRow> m = ownMedia(ctx);
    if (!m)
        return notFound();
    return Response::json(render::mediaAttachment(ctx.core, *m));
}

Response updateMedia(Context &ctx)
{
    std::optional<MediaRow> m = ownMedia(ctx);
    if (!m)
        return notFound();
    if (auto error = readDetails(ctx.params(), &*m))
        return *error;
    if (!ctx.store().media.updateDetails(*m))
        return Response::error(500, tr("Could not update the media attachment"));
    return Response::json(render::mediaAttachment(ctx.core, *m));
}

Response mediaFile(Context &ctx)
{
    const QString name = ctx.req.arg(0);
    static const QRegularExpression valid(
        QStringLiteral("^[0-9a-f]{32}(_small)?\\.[a-z0-9]{2,4}$"));
    if (!valid.match(name).hasMatch())
        return Response::error(404, QStringLiteral("Not Found"));
    const std::optional<MediaRow> m = ctx.store().media.byFileName(name);
    QFile f(mediaDir(ctx.core) + u'/' + name);
    if (!m || !f.open(QIODevice::ReadOnly))
        return Response::error(404, QStringLiteral("Not Found"));
    const bool preview = name == m->previewName;
    const qint64 size = f.size();

    Response r;
    r.contentType = !preview                 ? m->mime.toLatin1()
                    : name.endsWith(u".png") ? QByteArray("image/png")
                                             : QByteArray("image/jpeg");
    // Names are never reused for other bytes, so the name is a strong validator.
    const QByteArray etag = '"' + name.toLatin1() + '"';
    r.setHeader("ETag", etag);
    r.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("X-Content-Type-Options", "nosniff");
    const QByteArray ifNoneMatch = ctx.req.header("if-none-match");
    if (!ifNoneMatch.isEmpty() &&
        (ifNoneMatch.trimmed() == "*" || ifNoneMatch.split(',').contains(etag) ||
         ifNoneMatch.contains(etag))) {
        r.status = 304;
        return r;
    }

    const QByteArray range = ctx.req.header("range").trimmed();
    // If-Range with another validator: the client's copy is stale, send everything.
    const QByteArray ifRange = ctx.req.header("if-range").trimmed();
    if (range.startsWith("bytes=") && !range.contains(',') &&
        (ifRange.isEmpty() || ifRange == etag)) {
        const QByteArray spec = range.mid(6).trimmed();
        const qsizetype dash = spec.indexOf('-');
        bool okFirst = false, okLast = false;
        qint64 first = -1, last = size - 1;
        if (dash == 0) { // suffix: the last N bytes
            const qint64 n = spec.mid(1).toLongLong(&okLast);
            okFirst = okLast && n > 0;
            first = qMax<qint64>(0, size - n);
        } else if (dash > 0) {
            first = spec.left(dash).toLongLong(&okFirst);
            okLast = true;
            if (dash + 1 < spec.size())
                last = qMin(size - 1, spec.mid(dash + 1).toLongLong(&okLast));
        }
        if (!okFirst || !okLast || first < 0 || first >= size || last < first) {
            r.status = 416;
            r.contentType = "text/plain; charset=utf-8";
            r.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return r;
        }
        f.seek(first);
        r.status = 206;
        r.body = f.read(last - first + 1);
        r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' + QByteArray::number(size));
        return r;
    }
    r.body = f.readAll();
    return r;
}

} // namespace tusk::server::api
