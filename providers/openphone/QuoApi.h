#pragma once

// The Quo (formerly OpenPhone) public API v1 as Ringback uses it: endpoint
// URLs, the JSON shapes of phone numbers, conversations, calls, messages and
// errors, and the mappings to Ringback's domain. No I/O here. Facts and their
// sources: https://www.quo.com/docs/mdx/api-reference and the public API v1
// spec
// (https://openphone-public-api-prod.s3.us-west-2.amazonaws.com/public/openphone-public-api-v1-prod.json).

#include "net/HttpClient.h"
#include "provider/ProviderApi.h"
#include "provider/kit/ApiBase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace ringback::quo {

Q_DECLARE_LOGGING_CATEGORY(lcQuo)

struct PhoneNumberEntry
{
    QString id;     // PN…
    QString number; // E.164
    QString name;
};

struct Conversation
{
    QString id; // CN…
    QString phoneNumberId;
    QStringList participants; // E.164, without our number
    QDateTime updatedAt;
};

struct Call
{
    QString id;            // AC… (calls and messages share the prefix)
    QString phoneNumberId; // PN…
    QString direction;     // incoming, outgoing
    QString status;        // queued, initiated, ringing, in-progress, completed, busy, failed,
                           // no-answer, canceled, missed, answered, forwarded, abandoned
    QStringList participants;
    QDateTime answeredAt; // invalid: never answered
    QDateTime createdAt;
    QDateTime completedAt;
    int duration = 0; // seconds

    bool isFinal() const;
    QString caller(const QString &businessNumber) const; // the other participant
};

struct Message
{
    QString id; // AC…
    QString from;
    QStringList to;
    QString text; // the request field is "content", the response field "text"
    QString phoneNumberId;
    QString direction; // incoming, outgoing
    QString status;    // queued, sent, delivered, undelivered
    QDateTime createdAt;
};

template<typename T>
struct Page
{
    std::vector<T> items;
    QString nextPageToken; // empty on the last page
};

// An error body: {message, code, status, docs, title, trace?, errors?[{path, message}]}.
struct ApiError
{
    int httpStatus = 0;
    QString code; // "0206400": seven digits, kept as text
    QString title;
    QString message;
    QStringList paths; // errors[].path: which request fields were refused
};

QDateTime parseTime(const QString &iso8601);
// ISO 8601 in UTC with milliseconds, as the created/updated filters take it.
QString timeString(const QDateTime &t);
QString timeString(qint64 msSinceEpoch);

// A call or message object as the API and the webhooks give it.
Call callFrom(const QJsonObject &object);
Message messageFrom(const QJsonObject &object);
Result<std::vector<PhoneNumberEntry>> parsePhoneNumbers(const QByteArray &body);
Result<Page<Conversation>> parseConversations(const QByteArray &body);
Result<Page<Call>> parseCalls(const QByteArray &body);
Result<Page<Message>> parseMessages(const QByteArray &body);
// The {"data": message} of a send (202) or a fetch (200).
Result<Message> parseMessage(const QByteArray &body);
ApiError parseError(int httpStatus, const QByteArray &body);

struct MappedError
{
    SendError error = SendError::Rejected;
    QString detail; // "Quo 0206400: A2P Registration Not Approved"
};
// Which Ringback send error a refused send (not 2xx) maps to.
MappedError mapSendError(const ApiError &error);
MessageStatus mapMessageStatus(const QString &quoStatus);
bool isFinalMessageStatus(const QString &quoStatus);

// Missed inbound call (Ringback's reading of the call fields of
// https://www.quo.com/docs/mdx/api-reference): direction incoming, never
// answered, status missed / no-answer / abandoned / busy / canceled. An
// incoming call that "completed" without being answered reached Quo's
// voicemail: a missed call that went to voicemail. Anything else answered.
bool isMissed(const Call &call);
ProviderCall toProviderCall(const Call &call, const QString &businessNumber);
// An incoming text as Ringback sees it.
ProviderMessage toProviderMessage(const Message &message, const QString &businessNumber);

// The API's URLs under the configured base URL.
class Endpoints : public provider::ApiBase
{
public:
    using ApiBase::ApiBase;

    QUrl phoneNumbers() const;
    QUrl conversations(const net::Fields &query) const;
    QUrl calls(const net::Fields &query) const;
    QUrl messages(const net::Fields &query = {}) const;
    QUrl message(const QString &id) const;
};

// A copy of `query` with pageToken set (replaced when present).
net::Fields withPageToken(net::Fields query, const QString &token);

} // namespace ringback::quo
