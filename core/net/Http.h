#pragma once

// Small, provider-neutral HTTP helpers: encodings that providers' REST APIs
// expect, Retry-After, JSON bodies. Everything here is a pure function.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ringback::net {

using Fields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded, with every byte but A-Z a-z 0-9 - . _ ~
// percent-encoded: a '+' in a phone number goes out as %2B (a bare '+' means
// a space to the server), and keys such as "StartTime>" become StartTime%3E.
QByteArray formEncode(const Fields &fields);
// The same encoding for a URL query string (without the '?').
QString queryString(const Fields &fields);
// Decodes a form body or query string the way servers do ('+' is a space).
Fields formDecode(const QByteArray &encoded);

// "Basic base64(user:password)" for the Authorization header.
QByteArray basicAuthorization(const QString &user, const QString &password);

// Retry-After (RFC 9110): delta-seconds or an HTTP-date. Returns the wait in
// milliseconds (0 for a date in the past), or nothing if the value is absent
// or unreadable. Waits are capped at one day.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// A JSON object body, or an error that says what was wrong (never the body).
Result<QJsonObject> parseJsonObject(const QByteArray &body);

} // namespace ringback::net
