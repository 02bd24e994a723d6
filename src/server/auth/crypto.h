#pragma once
#include <QByteArray>
#include <QString>

namespace tusk::server::crypto {

// argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) in the PHC string format.
QByteArray hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QByteArray &encoded);

// 32 random bytes from the system CSPRNG, base64url without padding (43 characters).
QByteArray randomToken();
// Tokens, refresh tokens, authorization codes and client secrets are stored as SHA-256 only.
QByteArray tokenHash(QByteArrayView token);
// Comparison whose time does not depend on where the inputs differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace tusk::server::crypto
