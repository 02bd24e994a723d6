// instance: what the server is and what it supports. Needs no login.
#include "api/requests/instance.h"
#include "api/capabilities.h"
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/entities/instance.h"

namespace tusk::cli {

int runInstance(Context &ctx)
{
    if (!ctx.args().positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("tusk::cli", "instance takes no arguments."));
    if (const int rc = ctx.connect(false); rc != Ok)
        return rc;
    // v2 first; servers without it answer 404 and get asked for v1.
    bool v2 = true;
    auto doc = ctx.call(api::requests::GetInstanceV2{});
    if (!doc && doc.error().kind == api::ApiError::Kind::Http && doc.error().httpStatus == 404) {
        v2 = false;
        doc = ctx.call(api::requests::GetInstanceV1{});
    }
    if (!doc)
        return ctx.fail(doc.error(), QCoreApplication::translate(
                                         "tusk::cli", "Could not read what the server is"));
    const QJsonObject &json = doc.value();
    QString title;
    QString domain;
    if (v2) {
        const Result<InstanceV2> instance = InstanceV2::fromJson(json);
        if (!instance)
            return ctx.fail(ServerFailed,
                            QCoreApplication::translate(
                                "tusk::cli", "The server's description of itself is unusable "
                                             "(%1).")
                                .arg(instance.error().toString()));
        if (ctx.out().json()) {
            ctx.out().entity(instance.value());
            return Ok;
        }
        title = instance->title;
        domain = instance->domain;
    } else {
        const Result<InstanceV1> instance = InstanceV1::fromJson(json);
        if (!instance)
            return ctx.fail(ServerFailed,
                            QCoreApplication::translate(
                                "tusk::cli", "The server's description of itself is unusable "
                                             "(%1).")
                                .arg(instance.error().toString()));
        if (ctx.out().json()) {
            ctx.out().entity(instance.value());
            return Ok;
        }
        title = instance->title;
        domain = instance->uri;
    }
    const api::Capabilities caps = api::Capabilities::derive(json);
    Formatter &out = ctx.out();
    out.line(title.isEmpty() ? domain : QStringLiteral("%1 (%2)").arg(title, domain));
    out.line(QCoreApplication::translate("tusk::cli", "  software: %1 %2 (Mastodon API %3)")
                 .arg(caps.softwareName.isEmpty()
                          ? QCoreApplication::translate("tusk::cli", "unknown")
                          : caps.softwareName,
                      caps.version.toString(), caps.mastodonVersion.toString()));
    out.line(QCoreApplication::translate(
                 "tusk::cli", "  posts: up to %1 characters, %2 attachments, polls of %3 options")
                 .arg(caps.limits.maxCharacters)
                 .arg(caps.limits.maxMediaAttachments)
                 .arg(caps.limits.pollMaxOptions));
    QStringList features;
    if (caps.hasInstanceV2)
        features << QStringLiteral("instance-v2");
    if (caps.groupedNotifications)
        features << QStringLiteral("grouped-notifications");
    if (caps.pkce)
        features << QStringLiteral("pkce");
    if (caps.edits)
        features << QStringLiteral("edits");
    if (caps.quotes)
        features << QStringLiteral("quotes");
    if (caps.translation)
        features << QStringLiteral("translation");
    if (caps.supportsMarkdown())
        features << QStringLiteral("markdown");
    if (!features.isEmpty())
        out.line(QCoreApplication::translate("tusk::cli", "  features: %1")
                     .arg(features.join(QStringLiteral(", "))));
    if (caps.streamingUrl.isValid() && !caps.streamingUrl.isEmpty())
        out.line(QCoreApplication::translate("tusk::cli", "  streaming: %1")
                     .arg(caps.streamingUrl.toString()));
    return Ok;
}

} // namespace tusk::cli
