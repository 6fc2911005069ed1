#include "oauth/Pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace ringback::oauth {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString makeCodeVerifier(int length)
{
    static const char kUnreserved[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr int kChoices = int(sizeof(kUnreserved)) - 1;
    length = std::clamp(length, 43, 128);
    QRandomGenerator *random = QRandomGenerator::system();
    QString verifier;
    verifier.reserve(length);
    for (int i = 0; i < length; ++i)
        verifier.append(QLatin1Char(kUnreserved[random->bounded(kChoices)]));
    return verifier;
}

QString codeChallengeS256(const QString &verifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(kBase64Url));
}

QString makeState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(kBase64Url));
}

} // namespace ringback::oauth
