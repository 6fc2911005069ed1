#pragma once

// Twilio's REST API 2010-04-01 as Ringback uses it: endpoint URLs, the JSON
// shapes of calls, messages and errors, and the mappings to Ringback's domain
// (missed or answered, message status, send errors). No I/O here. Sources:
// Twilio's REST API 2010-04-01 (https://www.twilio.com/docs/usage/api,
// https://www.twilio.com/docs/voice/api/call-resource,
// https://www.twilio.com/docs/messaging/api/message-resource) and its OpenAPI
// spec (github.com/twilio/twilio-oai, spec/json/twilio_api_v2010.json).

#include "net/HttpClient.h"
#include "provider/ProviderApi.h"
#include "provider/kit/ApiBase.h"

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace ringback::twilio {

Q_DECLARE_LOGGING_CATEGORY(lcTwilio)

struct Call
{
    QString sid;
    QString parentSid;
    QString from;
    QString to;
    QString status;    // queued, ringing, in-progress, completed, busy, failed, no-answer, canceled
    QString direction; // inbound, outbound-api, outbound-dial, trunking-*
    QDateTime startTime;
    QDateTime endTime;
    QDateTime dateCreated;
    int duration = 0; // seconds of talk time; 0 when empty

    bool isFinal() const;
    QDateTime when() const { return startTime.isValid() ? startTime : dateCreated; }
};

struct Message
{
    QString sid;
    QString from;
    QString to;
    QString body;
    QString direction; // inbound, outbound-api, outbound-call, outbound-reply
    QString status;
    QDateTime dateCreated;
    QDateTime dateSent;
    int numMedia = 0;
    int errorCode = 0;
    QString errorMessage;

    QDateTime when() const { return dateSent.isValid() ? dateSent : dateCreated; }
};

struct Media
{
    QString sid;
    QString contentType;
    QString uri; // of the JSON resource; the content is the same path without ".json"
};

template<typename T>
struct Page
{
    std::vector<T> items;
    QString nextPageUri; // empty on the last page
};

// An error body: legacy {code, message, more_info, status} or RFC 9457.
struct ApiError
{
    int httpStatus = 0;
    int code = 0;
    QString message;
};

struct Account
{
    QString friendlyName;
    QString status; // active, suspended, closed
};

QDateTime parseDate(const QString &rfc2822);
QString dayString(const QDate &day); // YYYY-MM-DD, as the date filters want

Result<Page<Call>> parseCalls(const QByteArray &body);
Result<Page<Message>> parseMessages(const QByteArray &body);
Result<Page<Media>> parseMedia(const QByteArray &body);
Result<Message> parseMessage(const QByteArray &body);
Result<Account> parseAccount(const QByteArray &body);
// How many numbers an IncomingPhoneNumbers list holds.
Result<int> parseIncomingNumberCount(const QByteArray &body);
ApiError parseError(int httpStatus, const QByteArray &body);

// Which Ringback send error a refused send maps to, with the detail the
// office sees ("Twilio 21610: Attempt to send to unsubscribed recipient").
struct MappedError
{
    SendError error = SendError::Rejected;
    QString detail;
};
MappedError mapSendError(const ApiError &error);
// For error codes reported later on the message (30003, 30006, ...).
SendError mapDeliveryErrorCode(int code);
// A message status as Ringback stores it; nothing for ones still in transit.
MessageStatus mapMessageStatus(const QString &twilioStatus);
bool isFinalMessageStatus(const QString &twilioStatus);

// Turns an inbound call that ended (the parent leg, to the business line)
// and the legs it dialled into what Ringback stores. Missed means: the
// inbound call itself ended no-answer/busy/canceled/failed, or it completed
// (Twilio answered it with TwiML) while every leg it dialled ended
// no-answer/busy/canceled/failed. A completed call that dialled nobody, or
// whose dialled leg was answered, counts as answered.
ProviderCall toProviderCall(const Call &parent, const std::vector<Call> &children);
// True if the inbound call needs its dialled legs looked up to decide.
bool needsChildLegs(const Call &parent);

// The API's URLs under the configured base URL.
class Endpoints : public provider::ApiBase
{
public:
    Endpoints() = default;
    Endpoints(QUrl base, QString accountSid);

    QUrl account() const;
    QUrl incomingNumbers(const QString &phoneNumber) const;
    QUrl calls(const net::Fields &query) const;
    QUrl messages(const net::Fields &query = {}) const;
    QUrl message(const QString &sid) const;
    QUrl mediaList(const QString &messageSid) const;
    // A next_page_uri or media uri (relative to the API host) under our base.
    QUrl resolve(const QString &apiPath) const;

private:
    QUrl accountPath(const QString &suffix, const net::Fields &query = {}) const;
    QString m_accountSid;
};

} // namespace ringback::twilio
