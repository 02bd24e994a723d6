#include "server/auth/crypto.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <argon2.h>

namespace tusk::server::crypto {

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kLanes = 1;
constexpr size_t kHashLen = 32;
constexpr size_t kSaltLen = 16;
} // namespace

QByteArray hashPassword(const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    QByteArray salt(kSaltLen, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    const size_t encodedLen =
        argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltLen, kHashLen, Argon2_id);
    QByteArray encoded(qsizetype(encodedLen), '\0');
    const int rc =
        argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, pwd.constData(), size_t(pwd.size()),
                              salt.constData(), kSaltLen, kHashLen, encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return {};
    encoded.truncate(qsizetype(qstrlen(encoded.constData())));
    return encoded;
}

bool verifyPassword(const QString &password, const QByteArray &encoded)
{
    if (encoded.isEmpty())
        return false;
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(encoded.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

QByteArray randomToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenHash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace tusk::server::crypto
