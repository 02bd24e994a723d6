#pragma once
#include <QString>

// RFC 7636 (PKCE, S256) and the OAuth `state`: random, URL-safe, unguessable.
namespace tusk::auth::pkce {

QString randomUrlSafe(int bytes);
// 32 random bytes → 43 characters (the RFC's minimum length, maximum entropy per char).
inline QString makeVerifier()
{
    return randomUrlSafe(32);
}
QString challengeS256(const QString &verifier);
inline QString makeState()
{
    return randomUrlSafe(16);
}

} // namespace tusk::auth::pkce
