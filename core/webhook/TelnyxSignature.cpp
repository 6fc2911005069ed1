#include "webhook/TelnyxSignature.h"

#include "util/Clock.h"

#include <openssl/evp.h>

#include <memory>

namespace ringback::webhook::TelnyxSignature {

namespace {

constexpr int PublicKeyBytes = 32;
constexpr int SignatureBytes = 64;

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

QByteArray strictBase64(const QByteArray &text)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

Pkey publicKey(const QByteArray &publicKeyBase64)
{
    const QByteArray raw = strictBase64(publicKeyBase64);
    if (raw.size() != PublicKeyBytes)
        return nullptr;
    return Pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519,
                                    nullptr,
                                    reinterpret_cast<const unsigned char *>(raw.constData()),
                                    static_cast<size_t>(raw.size())));
}

bool ed25519Verify(EVP_PKEY *key, const QByteArray &signature, const QByteArray &message)
{
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) != 1)
        return false;
    // Ed25519 is one-shot: EVP_DigestVerify, not Update/Final.
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<size_t>(message.size()))
           == 1;
}

} // namespace

bool isValidPublicKey(const QByteArray &publicKeyBase64)
{
    return publicKey(publicKeyBase64) != nullptr;
}

WebhookVerdict verify(const QByteArray &publicKeyBase64,
                      const QByteArray &timestampHeader,
                      const QByteArray &signatureHeader,
                      const QByteArray &body,
                      qint64 nowMs)
{
    if (timestampHeader.isEmpty())
        return WebhookVerdict::missingHeader(TimestampHeader);
    if (signatureHeader.isEmpty())
        return WebhookVerdict::missingHeader(SignatureHeader);
    bool numeric = false;
    const qint64 timestamp = timestampHeader.trimmed().toLongLong(&numeric);
    if (!numeric)
        return WebhookVerdict::reject(QStringLiteral("malformed timestamp"));
    const QByteArray signature = strictBase64(signatureHeader);
    if (signature.size() != SignatureBytes)
        return WebhookVerdict::reject(QStringLiteral("malformed signature"));
    const Pkey key = publicKey(publicKeyBase64);
    if (!key)
        return WebhookVerdict::reject(QStringLiteral("no valid public key configured"));

    // The exact header text and the raw bytes, never re-serialised JSON.
    if (!ed25519Verify(key.get(), signature, timestampHeader + '|' + body))
        return WebhookVerdict::reject(QStringLiteral("signature mismatch"));

    const qint64 skew = nowMs / 1000 - timestamp;
    if (skew > ToleranceSeconds || skew < -ToleranceSeconds)
        return WebhookVerdict::reject(QStringLiteral("stale timestamp %1 s").arg(skew));
    // Valid until timestamp + tolerance, which can be up to 2 × tolerance away.
    return WebhookVerdict::accept(signatureHeader.trimmed(), 2 * ToleranceSeconds * 1000 + 1000);
}

WebhookVerifier verifier(const QByteArray &publicKeyBase64, const Clock &clock)
{
    const Clock *c = &clock;
    return [publicKeyBase64, c](const WebhookRequest &request) {
        return verify(publicKeyBase64,
                      request.header(TimestampHeader),
                      request.header(SignatureHeader),
                      request.body,
                      c->nowMs());
    };
}

} // namespace ringback::webhook::TelnyxSignature
