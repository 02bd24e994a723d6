#pragma once
// Administrative operations shared by the CLI (`tuskline-server user add ...`), the app's local
// instance launcher and the test fixture.
#include "server/store/store.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tusk::server::admin {

bool validUsername(const QString &name);
// Mastodon's rule: 8 to 72 characters (argon2 has no 72-byte limit, but clients expect it).
QString passwordProblem(const QString &password);

std::optional<qint64> addUser(Store &store, const QString &username, const QString &email,
                              const QString &password, bool isAdmin, QString *error);
bool setPassword(Store &store, const QString &username, const QString &password, QString *error);
// A new access token for `username` under a fresh app named "tuskline-server".
std::optional<QByteArray> createToken(Store &store, const QString &username, const QString &scopes,
                                      QString *error);

} // namespace tusk::server::admin
