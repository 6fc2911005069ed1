#include "webhook/TwilioSignature.h"

#include "webhook/ConstantTime.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>
#include <set>

namespace ringback::webhook::TwilioSignature {

namespace {

QByteArray formDecode(QByteArray s)
{
    s.replace('+', ' ');
    return QByteArray::fromPercentEncoding(s);
}

// The query part of a URL (after '?', before '#'), or empty.
QByteArray queryOf(const QByteArray &url)
{
    const qsizetype q = url.indexOf('?');
    if (q < 0)
        return {};
    const qsizetype hash = url.indexOf('#', q);
    return url.mid(q + 1, hash < 0 ? -1 : hash - q - 1);
}

// The bodySHA256 value from the query, or a null array when there is none.
QByteArray bodyShaParam(const QByteArray &url)
{
    const FormParams query = parseForm(queryOf(url));
    for (const auto &p : query) {
        if (p.first == "bodySHA256")
            return p.second.isNull() ? QByteArray("") : p.second;
    }
    return {};
}

} // namespace

FormParams parseForm(const QByteArray &body)
{
    FormParams out;
    const QByteArrayList pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            out.append({formDecode(pair), QByteArray("")});
        else
            out.append({formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))});
    }
    return out;
}

QByteArray signedString(const QByteArray &url, const FormParams &params)
{
    // Names in byte order; each name's distinct values in byte order.
    std::map<QByteArray, std::set<QByteArray>> sorted;
    for (const auto &p : params)
        sorted[p.first].insert(p.second);
    QByteArray s = url;
    for (const auto &[name, values] : sorted) {
        for (const QByteArray &value : values)
            s += name + value;
    }
    return s;
}

QByteArray sign(const QByteArray &authToken, const QByteArray &url, const FormParams &params)
{
    return QMessageAuthenticationCode::hash(
               signedString(url, params), authToken, QCryptographicHash::Sha1)
        .toBase64();
}

QByteArrayList urlVariants(const QByteArray &url)
{
    const qsizetype schemeEnd = url.indexOf("://");
    if (schemeEnd <= 0)
        return {url};
    const QByteArray scheme = url.left(schemeEnd).toLower();
    const qsizetype authStart = schemeEnd + 3;
    qsizetype authEnd = url.size();
    for (const char c : {'/', '?', '#'}) {
        const qsizetype i = url.indexOf(c, authStart);
        if (i >= 0)
            authEnd = std::min(authEnd, i);
    }
    const QByteArray authority = url.mid(authStart, authEnd - authStart);
    const qsizetype hostStart = authority.lastIndexOf('@') + 1;
    // An IPv6 literal's colons are inside the brackets.
    const qsizetype bracket = authority.indexOf(']', hostStart);
    const qsizetype colon = authority.indexOf(':', bracket < 0 ? hostStart : bracket);
    const bool hasPort = colon >= 0;

    const QByteArray withoutPort = hasPort ? authority.left(colon) : authority;
    QByteArray withPort = authority;
    if (!hasPort)
        withPort += scheme == "https" ? ":443" : ":80";

    const QByteArray head = url.left(authStart);
    const QByteArray tail = url.mid(authEnd);
    QByteArrayList out{head + withoutPort + tail};
    if (withPort != withoutPort)
        out.append(head + withPort + tail);
    return out;
}

QByteArray bodySha256(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

WebhookVerdict verify(const QByteArray &authToken,
                      const QString &publicUrl,
                      const QByteArray &body,
                      const QByteArray &signatureHeader)
{
    if (signatureHeader.isEmpty())
        return WebhookVerdict::missingHeader(HeaderName);
    if (authToken.isEmpty())
        return WebhookVerdict::reject(QStringLiteral("no auth token configured"));

    const QByteArray url = publicUrl.toUtf8();
    const QByteArray expectedHash = bodyShaParam(url);
    FormParams params;
    if (!expectedHash.isNull()) {
        // A JSON body: its hash is in the (signed) URL, the params are empty.
        if (!constantTimeEquals(bodySha256(body), expectedHash))
            return WebhookVerdict::reject(QStringLiteral("body hash mismatch"));
    } else {
        params = parseForm(body);
    }

    bool match = false;
    const QByteArrayList urls = urlVariants(url);
    for (const QByteArray &candidate : urls) {
        // No early exit: every variant is computed and compared.
        match = constantTimeEquals(sign(authToken, candidate, params), signatureHeader) || match;
    }
    if (!match)
        return WebhookVerdict::reject(QStringLiteral("signature mismatch"));
    return WebhookVerdict::accept(signatureHeader, ReplayWindowMs);
}

WebhookVerifier verifier(const QByteArray &authToken)
{
    return [authToken](const WebhookRequest &request) {
        return verify(authToken, request.publicUrl, request.body, request.header(HeaderName));
    };
}

} // namespace ringback::webhook::TwilioSignature
