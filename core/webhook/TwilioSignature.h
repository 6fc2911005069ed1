#pragma once

#include "webhook/WebhookTypes.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QString>

// Twilio's X-Twilio-Signature (also SignalWire's compatibility API):
// Base64(HMAC-SHA1(AuthToken, url + params sorted by name, each name's values
// sorted and deduplicated, appended as name + value with no separators)). See
// https://www.twilio.com/docs/usage/webhooks/webhooks-security. Pure functions,
// no networking.
namespace ringback::webhook::TwilioSignature {

using FormParams = QList<QPair<QByteArray, QByteArray>>;

constexpr const char *HeaderName = "X-Twilio-Signature";
// Twilio requests carry no timestamp; an accepted signature is remembered
// this long and a repeat refused as replayed.
constexpr qint64 ReplayWindowMs = 60 * 60 * 1000;

// Decodes an application/x-www-form-urlencoded body ('+' is a space).
FormParams parseForm(const QByteArray &body);

// The string that is signed: url + sorted names and values.
QByteArray signedString(const QByteArray &url, const FormParams &params);

// Base64 of the HMAC-SHA1 over signedString().
QByteArray sign(const QByteArray &authToken, const QByteArray &url, const FormParams &params);

// The URL without any explicit port, and with the scheme's default port
// (or its explicit port kept): the SDK accepts either, because Twilio signs
// inconsistently. Duplicates removed, the first is the port-less one.
QByteArrayList urlVariants(const QByteArray &url);

// Lower-case hex SHA-256 of the raw body, as Twilio puts in bodySHA256.
QByteArray bodySha256(const QByteArray &body);

// Verifies one request. With a bodySHA256 query parameter (JSON body) the hash
// must match the raw body and the signature covers the URL alone; otherwise
// the body is form-encoded and its params are signed. Both URL variants are
// tried. Timing-safe.
WebhookVerdict verify(const QByteArray &authToken,
                      const QString &publicUrl,
                      const QByteArray &body,
                      const QByteArray &signatureHeader);

// A verifier for WebhookRoute::verify that reads the header itself.
WebhookVerifier verifier(const QByteArray &authToken);

} // namespace ringback::webhook::TwilioSignature
