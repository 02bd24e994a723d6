// post, thread and the one-shot status actions (fav, boost, bookmark and their undos).
#include "api/requests/statuses.h"
#include "api/requests/cli_extra.h"
#include "cli/commands/commands.h"
#include "cli/context.h"

#include <QFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace tusk::cli {

namespace {
struct MediaToUpload {
    QString path;
    QString alt;
    QByteArray data;
};

// Media processing (v2 answers 202 with url null): ask again until the file is ready.
api::ApiResult<MediaAttachment> waitForMedia(Context &ctx, api::ApiResult<MediaAttachment> r)
{
    for (int attempt = 0; r.ok() && r.value().url.isEmpty() && attempt < 60; ++attempt) {
        QEventLoop loop;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
        r = ctx.call(api::requests::GetMedia{r.value().id});
    }
    return r;
}
} // namespace

int runPost(Context &ctx)
{
    const Arguments &a = ctx.args();
    if (a.positional.size() != 1)
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli::Statuses",
            "post needs exactly one text argument (quote it, or use \"-\" to "
            "read it from stdin)."));
    QString text = a.positional.constFirst();
    if (text == u"-")
        text = QTextStream(stdin).readAll();
    if (text.trimmed().isEmpty())
        return ctx.usage(QCoreApplication::translate("tusk::cli::Statuses", "The post is empty."));

    api::requests::PostStatusWithPoll request;
    request.status.status = text;
    request.status.spoilerText = a.value(QStringLiteral("cw"));
    request.status.language = a.value(QStringLiteral("language"));
    request.status.inReplyToId = a.value(QStringLiteral("reply-to"));
    request.status.sensitive = a.has(QStringLiteral("sensitive"));
    const QString visibility = a.value(QStringLiteral("visibility"));
    static const QStringList visibilities{QStringLiteral("public"), QStringLiteral("unlisted"),
                                          QStringLiteral("private"), QStringLiteral("direct")};
    if (a.has(QStringLiteral("visibility")) && !visibilities.contains(visibility))
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli::Statuses", "--visibility is one of public, unlisted, private, direct."));
    request.status.visibility = visibility;

    // --media FILE [--alt TEXT] pairs, in order.
    QList<MediaToUpload> media;
    for (const auto &[name, value] : a.options) {
        if (name == u"media") {
            media.append({value, {}, {}});
        } else if (name == u"alt") {
            if (media.isEmpty() || !media.last().alt.isEmpty())
                return ctx.usage(QCoreApplication::translate(
                    "tusk::cli::Statuses", "--alt describes the --media just before it."));
            media.last().alt = value;
        }
    }
    const QStringList pollOptions = a.values(QStringLiteral("poll"));
    if (!pollOptions.isEmpty()) {
        if (pollOptions.size() < 2)
            return ctx.usage(QCoreApplication::translate(
                "tusk::cli::Statuses", "A poll needs at least two --poll options."));
        if (!media.isEmpty())
            return ctx.usage(QCoreApplication::translate(
                "tusk::cli::Statuses", "A post can have media or a poll, not both."));
        api::requests::NewPoll poll;
        poll.options = pollOptions;
        poll.multiple = a.has(QStringLiteral("poll-multiple"));
        if (!intOption(ctx, QStringLiteral("poll-expires"), 1, 365 * 24 * 3600,
                       &poll.expiresInSeconds))
            return Usage;
        request.poll = poll;
    } else if (a.has(QStringLiteral("poll-expires")) || a.has(QStringLiteral("poll-multiple"))) {
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli::Statuses", "--poll-expires and --poll-multiple need --poll options."));
    }
    for (MediaToUpload &m : media) {
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.usage(
                QCoreApplication::translate("tusk::cli::Statuses", "Cannot read %1: %2")
                    .arg(m.path, file.errorString()));
        m.data = file.readAll();
    }

    if (const int rc = ctx.connect(); rc != Ok)
        return rc;
    for (const MediaToUpload &m : media) {
        ctx.out().info(
            QCoreApplication::translate("tusk::cli::Statuses", "Uploading %1…").arg(m.path));
        api::requests::UploadMedia upload;
        upload.data = m.data;
        upload.fileName = m.path;
        upload.description = m.alt;
        auto r = waitForMedia(ctx, ctx.call(upload));
        if (!r) {
            return ctx.fail(
                r.error(), QCoreApplication::translate("tusk::cli::Statuses", "Could not upload %1")
                               .arg(m.path));
        }
        if (r.value().url.isEmpty())
            return ctx.fail(ServerFailed, QCoreApplication::translate(
                                              "tusk::cli::Statuses",
                                              "The server is still processing %1; try again later.")
                                              .arg(m.path));
        request.status.mediaIds << r.value().id;
    }
    const auto r = ctx.call(request);
    if (!r)
        return ctx.fail(r.error(), QCoreApplication::translate("tusk::cli::Statuses",
                                                               "Could not publish the post"));
    if (ctx.out().json() || !ctx.out().quiet())
        ctx.out().status(r.value());
    return Ok;
}

int runThread(Context &ctx)
{
    if (ctx.args().positional.size() != 1)
        return ctx.usage(
            QCoreApplication::translate("tusk::cli::Statuses", "thread needs the id of a post."));
    const QString id = ctx.args().positional.constFirst();
    if (ctx.args().has(QStringLiteral("cached")))
        return printCachedThread(ctx, id);
    if (const int rc = ctx.connect(false); rc != Ok)
        return rc;
    const auto status = ctx.call(api::requests::GetStatus{id});
    if (!status)
        return ctx.fail(
            status.error(),
            QCoreApplication::translate("tusk::cli::Statuses", "Could not load post %1").arg(id));
    const auto context = ctx.call(api::requests::GetContext{id});
    if (!context)
        return ctx.fail(
            context.error(),
            QCoreApplication::translate("tusk::cli::Statuses", "Could not load the thread of %1")
                .arg(id));
    for (const Status &s : context->ancestors)
        ctx.out().status(s);
    ctx.out().status(status.value());
    for (const Status &s : context->descendants)
        ctx.out().status(s);
    return Ok;
}

int runStatusAction(Context &ctx)
{
    using Kind = api::requests::StatusAction::Kind;
    struct Action {
        const char *command;
        Kind kind;
        const char *done;
    };
    static const Action actions[] = {
        {"fav", Kind::Favourite, QT_TRANSLATE_NOOP("tusk::cli::Statuses", "Favourited %1.")},
        {"unfav", Kind::Unfavourite, QT_TRANSLATE_NOOP("tusk::cli::Statuses", "Unfavourited %1.")},
        {"boost", Kind::Reblog, QT_TRANSLATE_NOOP("tusk::cli::Statuses", "Boosted %1.")},
        {"unboost", Kind::Unreblog, QT_TRANSLATE_NOOP("tusk::cli::Statuses", "Unboosted %1.")},
        {"bookmark", Kind::Bookmark, QT_TRANSLATE_NOOP("tusk::cli::Statuses", "Bookmarked %1.")},
        {"unbookmark", Kind::Unbookmark,
         QT_TRANSLATE_NOOP("tusk::cli::Statuses", "Removed the bookmark on %1.")},
    };
    const Action *action = nullptr;
    for (const Action &candidate : actions)
        if (ctx.args().command == QLatin1String(candidate.command))
            action = &candidate;
    Q_ASSERT(action);
    if (ctx.args().positional.size() != 1)
        return ctx.usage(
            QCoreApplication::translate("tusk::cli::Statuses", "%1 needs the id of a post.")
                .arg(ctx.args().command));
    const QString id = ctx.args().positional.constFirst();
    if (const int rc = ctx.connect(); rc != Ok)
        return rc;
    const auto r = ctx.call(api::requests::StatusAction{id, action->kind});
    if (!r)
        return ctx.fail(r.error(),
                        QCoreApplication::translate("tusk::cli::Statuses", "Could not %1 post %2")
                            .arg(ctx.args().command, id));
    if (ctx.out().json())
        ctx.out().entity(r.value());
    else if (!ctx.out().quiet())
        ctx.out().line(QCoreApplication::translate("tusk::cli::Statuses", action->done).arg(id));
    return Ok;
}

} // namespace tusk::cli
