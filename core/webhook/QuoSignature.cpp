#include "webhook/QuoSignature.h"

#include "util/Clock.h"
#include "webhook/ConstantTime.h"

#include <QMessageAuthenticationCode>

#include <optional>

namespace ringback::webhook::QuoSignature {

namespace {

QByteArray hmacSha256Base64(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

// Rejects a timestamp outside the window; `seconds` is Unix seconds.
std::optional<WebhookVerdict> staleness(qint64 seconds, qint64 nowMs)
{
    const qint64 skew = nowMs / 1000 - seconds;
    if (skew > ToleranceSeconds || skew < -ToleranceSeconds)
        return WebhookVerdict::reject(QStringLiteral("stale timestamp %1 s").arg(skew));
    return std::nullopt;
}

constexpr qint64 ReplayWindowMs = 2 * ToleranceSeconds * 1000 + 1000;

} // namespace

QByteArray decodeKey(const QByteArray &key)
{
    QByteArray text = key.trimmed();
    if (text.startsWith("whsec_"))
        text = text.mid(6);
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QByteArray
signLegacy(const QByteArray &signingKey, const QByteArray &timestamp, const QByteArray &body)
{
    return hmacSha256Base64(decodeKey(signingKey), timestamp + '.' + body);
}

QByteArray signStandard(const QByteArray &secret,
                        const QByteArray &webhookId,
                        const QByteArray &webhookTimestamp,
                        const QByteArray &body)
{
    return hmacSha256Base64(decodeKey(secret), webhookId + '.' + webhookTimestamp + '.' + body);
}

WebhookVerdict verifyLegacy(const QByteArray &signingKey,
                            const QByteArray &signatureHeader,
                            const QByteArray &body,
                            qint64 nowMs)
{
    if (signatureHeader.isEmpty())
        return WebhookVerdict::missingHeader(LegacyHeader);
    const QByteArray key = decodeKey(signingKey);
    if (key.isEmpty())
        return WebhookVerdict::reject(QStringLiteral("no valid signing key configured"));

    // "hmac;1;<ts>;<digest>", possibly several separated by commas.
    bool match = false;
    qint64 timestampSeconds = 0;
    bool sawWellFormed = false;
    const QByteArrayList entries = signatureHeader.split(',');
    for (const QByteArray &entry : entries) {
        const QByteArrayList fields = entry.trimmed().split(';');
        if (fields.size() != 4 || fields.at(0) != "hmac" || fields.at(1) != "1")
            continue;
        bool numeric = false;
        const qint64 ts = fields.at(2).toLongLong(&numeric);
        if (!numeric)
            continue;
        sawWellFormed = true;
        const QByteArray expected = hmacSha256Base64(key, fields.at(2) + '.' + body);
        if (constantTimeEquals(expected, fields.at(3)) && !match) {
            match = true;
            timestampSeconds = ts >= 100000000000LL ? ts / 1000 : ts;
        }
    }
    if (!sawWellFormed)
        return WebhookVerdict::reject(QStringLiteral("malformed signature header"));
    if (!match)
        return WebhookVerdict::reject(QStringLiteral("signature mismatch"));
    if (auto stale = staleness(timestampSeconds, nowMs))
        return *stale;
    return WebhookVerdict::accept(signatureHeader.trimmed(), ReplayWindowMs);
}

WebhookVerdict verifyStandard(const QByteArray &secret,
                              const QByteArray &webhookId,
                              const QByteArray &webhookTimestamp,
                              const QByteArray &webhookSignature,
                              const QByteArray &body,
                              qint64 nowMs)
{
    if (webhookId.isEmpty())
        return WebhookVerdict::missingHeader(IdHeader);
    if (webhookTimestamp.isEmpty())
        return WebhookVerdict::missingHeader(TimestampHeader);
    if (webhookSignature.isEmpty())
        return WebhookVerdict::missingHeader(SignatureHeader);
    const QByteArray key = decodeKey(secret);
    if (key.isEmpty())
        return WebhookVerdict::reject(QStringLiteral("no valid signing secret configured"));
    bool numeric = false;
    const qint64 ts = webhookTimestamp.toLongLong(&numeric);
    if (!numeric)
        return WebhookVerdict::reject(QStringLiteral("malformed timestamp"));

    const QByteArray expected
        = hmacSha256Base64(key, webhookId + '.' + webhookTimestamp + '.' + body);
    bool match = false;
    const QByteArrayList entries = webhookSignature.split(' ');
    for (const QByteArray &entry : entries) {
        if (!entry.startsWith("v1,"))
            continue;
        match = constantTimeEquals(expected, entry.mid(3)) || match;
    }
    if (!match)
        return WebhookVerdict::reject(QStringLiteral("signature mismatch"));
    if (auto stale = staleness(ts, nowMs))
        return *stale;
    // webhook-id is the delivery's idempotency key.
    return WebhookVerdict::accept(webhookId, ReplayWindowMs);
}

WebhookVerdict verify(const QByteArray &key, const WebhookRequest &request, qint64 nowMs)
{
    if (request.hasHeader(SignatureHeader) || request.hasHeader(IdHeader)) {
        return verifyStandard(key,
                              request.header(IdHeader),
                              request.header(TimestampHeader),
                              request.header(SignatureHeader),
                              request.body,
                              nowMs);
    }
    return verifyLegacy(key, request.header(LegacyHeader), request.body, nowMs);
}

WebhookVerifier verifier(const QByteArray &key, const Clock &clock)
{
    const Clock *c = &clock;
    return [key, c](const WebhookRequest &request) {
        return verify(key, request, c->nowMs());
    };
}

} // namespace ringback::webhook::QuoSignature
