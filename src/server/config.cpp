#include "server/config.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tusk::server {

namespace {
QJsonObject toJson(const ServerConfig &c)
{
    return {
        {QStringLiteral("instance_name"), c.instanceName},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("contact_email"), c.contactEmail},
        {QStringLiteral("public_url"), c.publicUrl},
        {QStringLiteral("listen"), c.listen},
        {QStringLiteral("limits"),
         QJsonObject{{QStringLiteral("max_characters"), c.maxCharacters},
                     {QStringLiteral("max_media_attachments"), c.maxMediaAttachments},
                     {QStringLiteral("max_poll_options"), c.maxPollOptions},
                     {QStringLiteral("max_poll_option_characters"), c.maxPollOptionChars},
                     {QStringLiteral("max_body_bytes"), double(c.maxBodyBytes)},
                     {QStringLiteral("max_image_bytes"), double(c.maxImageBytes)},
                     {QStringLiteral("max_video_bytes"), double(c.maxVideoBytes)},
                     {QStringLiteral("max_image_pixels"), double(c.maxImagePixels)},
                     {QStringLiteral("request_timeout_ms"), c.requestTimeoutMs}}},
        {QStringLiteral("registrations_open"), c.registrationsOpen},
        {QStringLiteral("password_grant"), c.passwordGrant},
        {QStringLiteral("rate_limit"),
         QJsonObject{{QStringLiteral("requests"), c.rateLimitRequests},
                     {QStringLiteral("period_seconds"), c.rateLimitPeriodSecs},
                     {QStringLiteral("login_attempts"), c.loginAttempts},
                     {QStringLiteral("login_period_seconds"), c.loginPeriodSecs}}},
    };
}
} // namespace

ServerConfig ServerConfig::load(const QString &path, QString *error)
{
    ServerConfig c;
    QFile f(path);
    if (!f.exists())
        return c;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return c;
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, pe.errorString());
        return c;
    }
    auto str = [&](const char *k, QString &v) {
        if (o.contains(QLatin1String(k)))
            v = o.value(QLatin1String(k)).toString();
    };
    auto num = [](const QJsonObject &obj, const char *k, auto &v) {
        if (obj.value(QLatin1String(k)).isDouble())
            v = decltype(v + 0)(obj.value(QLatin1String(k)).toDouble());
    };
    str("instance_name", c.instanceName);
    str("description", c.description);
    str("contact_email", c.contactEmail);
    str("public_url", c.publicUrl);
    str("listen", c.listen);
    const QJsonObject limits = o.value(QStringLiteral("limits")).toObject();
    num(limits, "max_characters", c.maxCharacters);
    num(limits, "max_media_attachments", c.maxMediaAttachments);
    num(limits, "max_poll_options", c.maxPollOptions);
    num(limits, "max_poll_option_characters", c.maxPollOptionChars);
    num(limits, "max_body_bytes", c.maxBodyBytes);
    num(limits, "max_image_bytes", c.maxImageBytes);
    num(limits, "max_video_bytes", c.maxVideoBytes);
    num(limits, "max_image_pixels", c.maxImagePixels);
    num(limits, "request_timeout_ms", c.requestTimeoutMs);
    c.registrationsOpen = o.value(QStringLiteral("registrations_open")).toBool(c.registrationsOpen);
    c.passwordGrant = o.value(QStringLiteral("password_grant")).toBool(c.passwordGrant);
    const QJsonObject rl = o.value(QStringLiteral("rate_limit")).toObject();
    num(rl, "requests", c.rateLimitRequests);
    num(rl, "period_seconds", c.rateLimitPeriodSecs);
    num(rl, "login_attempts", c.loginAttempts);
    num(rl, "login_period_seconds", c.loginPeriodSecs);
    return c;
}

bool ServerConfig::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(toJson(*this)).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace tusk::server
