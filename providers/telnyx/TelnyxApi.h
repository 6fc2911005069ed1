#pragma once

// The parts of the Telnyx API v2 the plugin uses
// (https://developers.telnyx.com/api; errors:
// https://developers.telnyx.com/development/api-fundamentals/api-errors): URLs,
// the JSON it sends, and parsers for what comes back, each checking the
// documented shape. Pure functions, no networking.

#include "provider/ProviderApi.h"
#include "provider/kit/ApiBase.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace ringback::telnyx {

Q_DECLARE_LOGGING_CATEGORY(lcTelnyx)

class Endpoints : public provider::ApiBase
{
public:
    using ApiBase::ApiBase;

    QUrl messages() const; // POST /v2/messages
    // GET /v2/phone_numbers/messaging?filter[phone_number]=...
    QUrl messagingNumber(const QString &e164) const;
    // GET /v2/detail_records: outbound messaging records from `from` to `to`
    // created on or after the day of `since` (UTC), newest first.
    QUrl outboundRecords(const QString &from, const QString &to, const QDateTime &since) const;
    // GET /v2/call_events: the Call Control webhooks Telnyx sent (delivered
    // or not) since `since`, oldest first, page `page` (from 1).
    QUrl callEvents(const QDateTime &since, int page, int pageSize) const;
};

// The body of POST /v2/messages (CreateMessageRequest).
QJsonObject sendBody(const SendRequest &request, const QString &messagingProfileId);

// {"errors": [{"code": "40300", "title": ..., "detail": ...}]}; code is a string.
struct ApiError
{
    QString code;
    QString title;
    QString detail;
    QString text() const; // "Telnyx 40300: Blocked due to STOP message (…)"
};
ApiError parseError(const QByteArray &body);

// A send that failed with an HTTP answer, mapped to the engine's terms.
struct MappedError
{
    SendError error = SendError::Rejected;
    QString detail;
};
MappedError mapSendError(int httpStatus, const ApiError &error);
// A delivery error code from errors[].code of a message event.
SendError mapDeliveryErrorCode(const QString &code);

// to[].status of an outbound message, as the engine's status.
MessageStatus mapOutboundStatus(const QString &status);
bool isFinalOutboundStatus(const QString &status);

// data of a send's 200 answer, or of message.sent / message.finalized.
struct OutboundMessage
{
    QString id;
    QString from;
    QString to;
    QString text;
    QString status; // to[0].status
    QStringList errorCodes;
    QString errorText;
    QDateTime at; // sent_at, else received_at
};
Result<OutboundMessage> parseOutbound(const QJsonObject &data);
Result<OutboundMessage> parseSendAnswer(const QByteArray &body);

// One webhook delivery: {"data": {"event_type", "id", "occurred_at",
// "payload", "record_type": "event"}, "meta": {...}}.
struct Event
{
    QString type;
    QString id;
    QDateTime occurredAt;
    QJsonObject payload;
};
Result<Event> parseEvent(const QByteArray &body);

// message.received payload (InboundMessagePayload).
Result<ProviderMessage> parseInbound(const Event &event);

// A messaging detail record (MDR): uuid is the message id; no body.
struct DetailRecord
{
    QString uuid;
    QString cli; // from
    QString cld; // to
    QString direction;
    QDateTime createdAt;
};
Result<std::vector<DetailRecord>> parseDetailRecords(const QByteArray &body);

// GET /v2/phone_numbers/messaging: the numbers found and their profiles.
struct MessagingNumber
{
    QString phoneNumber;
    QString messagingProfileId;
};
Result<std::vector<MessagingNumber>> parseMessagingNumbers(const QByteArray &body);

QDateTime parseTime(const QJsonValue &value); // ISO 8601, UTC

} // namespace ringback::telnyx
