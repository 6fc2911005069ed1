#pragma once

// RingCentral's platform API as Ringback uses it: endpoint URLs, the JSON
// shapes of tokens, call-log and message records, sync pages and errors, and
// the mappings to Ringback's domain (missed or not, message status, send
// errors). No I/O here. Sources: the RingCentral API reference
// (https://developers.ringcentral.com/api-reference) and developer guide
// (https://developers.ringcentral.com/guide).

#include "net/Http.h"
#include "provider/ProviderApi.h"
#include "provider/kit/ApiBase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace ringback::ringcentral {

Q_DECLARE_LOGGING_CATEGORY(lcRingCentral)

// POST /restapi/oauth/token (TokenInfo).
struct Token
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInS = 0;
    qint64 refreshExpiresInS = 0;
};

// POST /restapi/oauth/wstoken (WsTokenResponse).
struct WsToken
{
    QString token;
    QUrl uri;
    int expiresInS = 0;
};

// A call-log record (CallLogRecord), only what Ringback needs.
struct CallRecord
{
    QString id;
    QString telephonySessionId;
    QString direction; // Inbound, Outbound
    QString type;      // Voice, Fax
    QString result;    // Missed, Voicemail, Accepted, ...
    QString from;
    QString to;
    QString messageType; // of the linked message: VoiceMail, Fax
    QDateTime startTime;
    int durationS = 0;
};

// A message-store record (GetMessageInfoResponse) or an instant-message body.
struct MessageRecord
{
    QString id;
    QString type;      // SMS, Pager, ...
    QString direction; // Inbound, Outbound
    QString from;
    QStringList to;
    QString text; // subject
    QString messageStatus;
    QString deliveryErrorCode;
    QDateTime creationTime;
};

template<typename T>
struct SyncPage
{
    std::vector<T> records;
    QString syncToken;
    QDateTime syncTime;
};

struct PhoneNumberInfo
{
    QString phoneNumber;
    QStringList features; // SmsSender, CallerId, ...
};

// {"errorCode", "message", "errors": [{"errorCode", "message"}]} or the OAuth
// form {"error", "error_description", "errorCode"}.
struct ApiError
{
    int httpStatus = 0;
    QString code;
    QString message;
};

QString isoTime(const QDateTime &t); // 2016-03-10T18:07:52.534Z
QDateTime parseTime(const QString &iso);
// "+1 (512) 555-0100", "15125550100" -> "+15125550100"; others unchanged.
QString normaliseNumber(const QString &raw);
bool sameNumber(const QString &a, const QString &b);

Result<Token> parseToken(const QByteArray &body);
Result<WsToken> parseWsToken(const QByteArray &body);
Result<SyncPage<CallRecord>> parseCallSync(const QByteArray &body);
Result<SyncPage<MessageRecord>> parseMessageSync(const QByteArray &body);
Result<std::vector<MessageRecord>> parseMessageList(const QByteArray &body);
Result<std::vector<PhoneNumberInfo>> parsePhoneNumbers(const QByteArray &body);
MessageRecord messageFrom(const QJsonObject &o);
ApiError parseError(int httpStatus, const QByteArray &body);

// Ringback's reading of the call log
// (https://developers.ringcentral.com/guide/voice/call-log): an inbound voice
// call whose result is Missed, Voicemail, Sent to Voicemail, Hang Up,
// Abandoned, No Answer, Busy, Rejected or Declined.
bool isMissed(const CallRecord &c);
// `line` is the business number the office texts from.
ProviderCall toProviderCall(const CallRecord &c, const QString &line);
ProviderMessage toProviderMessage(const MessageRecord &m);

struct MappedError
{
    SendError error = SendError::Rejected;
    QString detail;
};
// SMS-*-413 opted out, SMS-CAR-411 landline, *-410 / SMS-CAR-400 not a
// texting number, CMN-301/302/303/310 rate limited, anything else refused.
SendError mapErrorCode(const QString &code);
MappedError mapSendError(const ApiError &error);
// Queued and Sent count as Sent; Delivered; DeliveryFailed / SendingFailed
// as Failed.
MessageStatus mapMessageStatus(const QString &status);
bool isFinalMessageStatus(const QString &status);
bool isFailedMessageStatus(const QString &status);

// The WebSocket subscription's filters
// (https://developers.ringcentral.com/guide/notifications/websockets/subscribing).
QStringList eventFilters();

// The API's URLs under the configured base URL.
class Endpoints : public provider::ApiBase
{
public:
    using ApiBase::ApiBase;

    QUrl authorize() const;
    QUrl token() const;
    QUrl wsToken() const;
    QUrl phoneNumbers() const;
    QUrl callLogSync(const net::Fields &query) const;
    QUrl messageSync(const net::Fields &query) const;
    QUrl messageStore(const net::Fields &query) const;
    QUrl sms() const;
};

} // namespace ringback::ringcentral
