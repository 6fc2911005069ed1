#pragma once

#include <QString>

namespace ringback::oauth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, and the
// `state` value of an authorization request (RFC 6749 10.12).

// A fresh code_verifier: `length` characters (43 to 128, clamped) of the
// unreserved set [A-Z a-z 0-9 - . _ ~], drawn from the system's CSPRNG.
QString makeCodeVerifier(int length = 64);

// code_challenge = BASE64URL(SHA-256(ASCII(code_verifier))), without padding.
QString codeChallengeS256(const QString &verifier);

// A fresh, unguessable state value (32 random bytes, base64url).
QString makeState();

} // namespace ringback::oauth
