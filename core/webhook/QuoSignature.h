#pragma once

#include "webhook/WebhookTypes.h"

#include <QByteArray>

namespace ringback {
class Clock;
}

// Quo (formerly OpenPhone) webhooks, both schemes
// (https://www.quo.com/docs/webhooks/legacy-signature-validation and
// https://www.quo.com/docs/mdx/beta/webhooks-signature-validation):
// - legacy: header openphone-signature "hmac;1;<timestamp>;<base64 digest>",
//   digest = HMAC-SHA256(key = Base64-decode(signing key), "{timestamp}.{raw body}");
// - Standard Webhooks: webhook-id, webhook-timestamp (Unix seconds) and
//   webhook-signature (space-separated "v1,<base64>"), HMAC-SHA256 with
//   key = Base64-decode(secret without "whsec_") over "{id}.{timestamp}.{raw body}".
// Timestamps must be within 300 s of now either way. The legacy timestamp
// looks like milliseconds (13 digits); a 10-digit one is taken as seconds.
// Timing-safe. Pure functions, no networking.
namespace ringback::webhook::QuoSignature {

constexpr const char *LegacyHeader = "openphone-signature";
constexpr const char *IdHeader = "webhook-id";
constexpr const char *TimestampHeader = "webhook-timestamp";
constexpr const char *SignatureHeader = "webhook-signature";
constexpr qint64 ToleranceSeconds = 300;

// Base64-decodes a signing key or a "whsec_" secret; empty if it is not Base64.
QByteArray decodeKey(const QByteArray &key);

WebhookVerdict verifyLegacy(const QByteArray &signingKey,
                            const QByteArray &signatureHeader,
                            const QByteArray &body,
                            qint64 nowMs);

WebhookVerdict verifyStandard(const QByteArray &secret,
                              const QByteArray &webhookId,
                              const QByteArray &webhookTimestamp,
                              const QByteArray &webhookSignature,
                              const QByteArray &body,
                              qint64 nowMs);

// Picks the scheme from the headers present (Standard Webhooks when
// webhook-signature is there, else the legacy header).
WebhookVerdict verify(const QByteArray &key, const WebhookRequest &request, qint64 nowMs);

// Base64 digests as the sender computes them (tests, fake servers).
QByteArray
signLegacy(const QByteArray &signingKey, const QByteArray &timestamp, const QByteArray &body);
QByteArray signStandard(const QByteArray &secret,
                        const QByteArray &webhookId,
                        const QByteArray &webhookTimestamp,
                        const QByteArray &body);

// A verifier for WebhookRoute::verify. `clock` must outlive it.
WebhookVerifier verifier(const QByteArray &key, const Clock &clock);

} // namespace ringback::webhook::QuoSignature
