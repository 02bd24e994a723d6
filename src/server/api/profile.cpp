// The signed-in user's own settings: profile (update_credentials), preferences, read markers.
#include "server/api/common.h"
#include "server/api/handlers.h"

#include <QJsonDocument>

namespace tusk::server::api {

namespace {

constexpr int kMaxFields = 4;

// fields_attributes as Rails sends it ({"0": {...}, "1": {...}}) or as a JSON array.
QJsonArray readFields(const QJsonValue &v)
{
    QList<QJsonValue> entries;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            entries.append(e);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.toLongLong() < b.toLongLong();
        });
        for (const QString &k : keys)
            entries.append(o.value(k));
    }
    QJsonArray out;
    for (const QJsonValue &e : entries) {
        const QString name = e[QStringLiteral("name")].toString().trimmed();
        const QString value = e[QStringLiteral("value")].toString().trimmed();
        if (name.isEmpty() && value.isEmpty())
            continue; // Mastodon drops blank rows
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    return out;
}

} // namespace

Response updateCredentials(Context &ctx)
{
    Store &store = ctx.store();
    std::optional<AccountRow> account = store.accounts.byId(ctx.viewer());
    std::optional<UserRow> user = store.accounts.user(ctx.viewer());
    if (!account || !user)
        return Response::error(401, QStringLiteral("The access token is invalid"));
    const Params &p = ctx.params();
    if (!ctx.req.files.isEmpty())
        return unprocessable(QStringLiteral("Avatar and header uploads are not supported yet"));
    if (p.has(u"display_name")) {
        account->displayName = p.string(u"display_name");
        if (account->displayName.size() > 30)
            return unprocessable(QStringLiteral(
                "Validation failed: Display name is too long (maximum is 30 characters)"));
    }
    if (p.has(u"note")) {
        account->note = p.string(u"note");
        if (account->note.size() > 500)
            return unprocessable(
                QStringLiteral("Validation failed: Note is too long (maximum is 500 characters)"));
    }
    account->locked = p.boolean(u"locked", account->locked);
    account->bot = p.boolean(u"bot", account->bot);
    account->discoverable = p.boolean(u"discoverable", account->discoverable);
    if (p.has(u"fields_attributes")) {
        const QJsonArray fields = readFields(p.value(u"fields_attributes"));
        if (fields.size() > kMaxFields)
            return unprocessable(QStringLiteral("Validation failed: Fields is too big"));
        for (const QJsonValue &f : fields) {
            if (f[QStringLiteral("name")].toString().size() > 255 ||
                f[QStringLiteral("value")].toString().size() > 255)
                return unprocessable(QStringLiteral("Validation failed: Fields is invalid"));
        }
        account->fieldsJson =
            QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    }
    const QJsonObject source = p.object(u"source");
    if (source.contains(QStringLiteral("privacy"))) {
        Visibility v;
        const QString privacy = source.value(QStringLiteral("privacy")).toString();
        if (!parseVisibility(privacy, &v) || v == Visibility::Direct)
            return unprocessable(
                QStringLiteral("Validation failed: Posting default privacy is invalid"));
        user->defaultPrivacy = privacy;
    }
    if (source.contains(QStringLiteral("sensitive")))
        user->defaultSensitive = Params::truthy(source.value(QStringLiteral("sensitive")));
    if (source.contains(QStringLiteral("language")))
        user->defaultLanguage = source.value(QStringLiteral("language")).toString();
    if (!store.accounts.updateProfile(*account, *user))
        return Response::error(500, QStringLiteral("Could not update the profile"));
    return Response::json(render::credentialAccount(ctx.core, *account, *user));
}

Response preferences(Context &ctx)
{
    const std::optional<UserRow> user = ctx.store().accounts.user(ctx.viewer());
    if (!user)
        return Response::error(401, QStringLiteral("The access token is invalid"));
    tusk::Preferences prefs;
    prefs.postingDefaultVisibility = user->defaultPrivacy;
    prefs.postingDefaultSensitive = user->defaultSensitive;
    prefs.postingDefaultLanguage = user->defaultLanguage;
    prefs.readingExpandMedia = QStringLiteral("default");
    prefs.readingExpandSpoilers = false;
    return Response::json(prefs.toJson());
}

namespace {
Response markersJson(Context &ctx, const QStringList &timelines)
{
    tusk::Markers markers;
    for (const MarkerRow &m : ctx.store().markers.get(ctx.viewer(), timelines)) {
        tusk::Marker e;
        e.lastReadId = m.lastReadId;
        e.version = m.version;
        e.updatedAt = QDateTime::fromMSecsSinceEpoch(m.updatedAt, Qt::UTC);
        markers.markers.insert(m.timeline, e);
    }
    return Response::json(markers.toJson());
}
} // namespace

Response markers(Context &ctx)
{
    return markersJson(ctx, ctx.params().list(u"timeline"));
}

Response saveMarkers(Context &ctx)
{
    QStringList saved;
    Database::Transaction tx(ctx.store().db());
    for (const QString &timeline : {QStringLiteral("home"), QStringLiteral("notifications")}) {
        const QJsonObject m = ctx.params().object(timeline);
        const QJsonValue id = m.value(QStringLiteral("last_read_id"));
        if (id.isUndefined())
            continue;
        const QString text = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
        if (text.isEmpty())
            return unprocessable(QStringLiteral("Validation failed: Last read ID can't be blank"));
        if (!ctx.store().markers.set(ctx.viewer(), timeline, text))
            return Response::error(500, QStringLiteral("Could not save the marker"));
        saved << timeline;
    }
    if (saved.isEmpty())
        return Response::error(400, QStringLiteral("Missing home or notifications marker"));
    tx.commit();
    return markersJson(ctx, saved);
}

} // namespace tusk::server::api
