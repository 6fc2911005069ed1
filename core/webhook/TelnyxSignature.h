#pragma once

#include "webhook/WebhookTypes.h"

#include <QByteArray>

namespace ringback {
class Clock;
}

// Telnyx API v2 webhooks: Ed25519 over "{telnyx-timestamp}|{raw body}" with
// the account's public key (Base64 of the raw 32 bytes), timestamp within
// 300 s of now in either direction. See
// https://developers.telnyx.com/docs/development/sdk/python/webhooks. OpenSSL
// does the Ed25519 (Qt has none). Pure functions, no networking.
namespace ringback::webhook::TelnyxSignature {

constexpr const char *TimestampHeader = "telnyx-timestamp";
constexpr const char *SignatureHeader = "telnyx-signature-ed25519";
constexpr qint64 ToleranceSeconds = 300;

// `timestampHeader` is Unix seconds; `nowMs` comes from the injected clock.
WebhookVerdict verify(const QByteArray &publicKeyBase64,
                      const QByteArray &timestampHeader,
                      const QByteArray &signatureHeader,
                      const QByteArray &body,
                      qint64 nowMs);

// True when the key decodes to a usable Ed25519 public key (for settings).
bool isValidPublicKey(const QByteArray &publicKeyBase64);

// A verifier for WebhookRoute::verify. `clock` must outlive it.
WebhookVerifier verifier(const QByteArray &publicKeyBase64, const Clock &clock);

} // namespace ringback::webhook::TelnyxSignature
