#pragma once

// An Ed25519 key pair made with OpenSSL for the Telnyx webhook tests: the
// test signs deliveries with the private key, the receiver gets the public key.

#include <QByteArray>
#include <QtTest>

#include <openssl/evp.h>

class Ed25519TestKey
{
public:
    Ed25519TestKey()
    {
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        if (ctx && EVP_PKEY_keygen_init(ctx) == 1)
            EVP_PKEY_keygen(ctx, &m_key);
        EVP_PKEY_CTX_free(ctx);
        if (!m_key)
            qFatal("Ed25519 key generation failed");
    }
    ~Ed25519TestKey() { EVP_PKEY_free(m_key); }
    Ed25519TestKey(const Ed25519TestKey &) = delete;
    Ed25519TestKey &operator=(const Ed25519TestKey &) = delete;

    // Base64 of the raw 32 bytes, as Telnyx shows it.
    QByteArray publicKeyBase64() const
    {
        QByteArray raw(32, '\0');
        size_t len = size_t(raw.size());
        EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char *>(raw.data()), &len);
        raw.resize(qsizetype(len));
        return raw.toBase64();
    }

    // The raw 64-byte signature.
    QByteArray sign(const QByteArray &message) const
    {
        QByteArray sig(64, '\0');
        size_t len = size_t(sig.size());
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        const bool ok
            = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key) == 1
              && EVP_DigestSign(ctx,
                                reinterpret_cast<unsigned char *>(sig.data()),
                                &len,
                                reinterpret_cast<const unsigned char *>(message.constData()),
                                size_t(message.size()))
                     == 1;
        EVP_MD_CTX_free(ctx);
        if (!ok)
            qFatal("Ed25519 signing failed");
        sig.resize(qsizetype(len));
        return sig;
    }

private:
    EVP_PKEY *m_key = nullptr;
};
