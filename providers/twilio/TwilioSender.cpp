#include "TwilioSender.h"

namespace ringback::twilio {

namespace {

constexpr int kReconcilePages = 10;

} // namespace

TwilioSender::TwilioSender(Session &session, QObject *parent)
    : PollingSender(
        session, lcTwilio(), QStringLiteral("Twilio"), &Tracked::sid, parseMessage, parent)
{}

void TwilioSender::send(const SendRequest &request)
{
    const net::Fields form{{QStringLiteral("To"), request.to},
                           {QStringLiteral("From"), request.from},
                           {QStringLiteral("Body"), request.body}};
    qCInfo(lcTwilio) << "sending message" << request.messageId;
    m_session.http->postForm(
        m_session.endpoints.messages(), form, [this, request](const net::HttpResponse &response) {
            if (!m_session.events)
                return;
            SendOutcome outcome = outcomeFor(request);
            if (response.isSuccess()) {
                if (const auto message = readAccepted(response, parseMessage, outcome)) {
                    const MessageStatus status = mapMessageStatus(message->status);
                    // A failure is for the status poll to report, with its reason.
                    accepted(request,
                             outcome,
                             message->sid,
                             status == MessageStatus::Failed ? MessageStatus::Sent : status);
                    m_session.cursor.track(message->sid, m_session.nowMs());
                }
            } else if (noStatus(response, outcome)) {
                // never connected, or no answer
            } else if (response.status == 401) {
                outcome.error = SendError::AuthFailed;
                outcome.errorDetail = tr("Twilio refused the Account SID or Auth Token (401)");
                m_session.setState(ConnectionState::AuthFailed, outcome.errorDetail);
            } else {
                refused(response, outcome);
            }
            finish(request, outcome);
        });
}

void TwilioSender::lookUp(const SendRequest &request, int attempt, bool dated)
{
    const QDateTime threshold = request.firstAttemptAt.toUTC().addMSecs(-kReconcileSlackMs);
    net::Fields query{{QStringLiteral("To"), request.to}, {QStringLiteral("From"), request.from}};
    // A message still queued may have no date_sent yet, so the dated search
    // is followed by an undated one over the newest messages.
    if (dated)
        query.append({QStringLiteral("DateSent>"), dayString(threshold.date())});
    query.append({QStringLiteral("PageSize"), QStringLiteral("100")});
    listAll<Message>(m_session,
                     m_session.endpoints.messages(query),
                     parseMessages,
                     tr("looking for an interrupted message"),
                     dated ? kReconcilePages : 1,
                     [this, request, attempt, dated, threshold](Listing<Message> listing) {
                         const QString body = provider::normalisedBody(request.body);
                         if (answerFirstSent(
                                 request,
                                 listing.items,
                                 &Message::dateCreated,
                                 [&](const Message &m) {
                                     return m.direction.startsWith(QLatin1String("outbound"))
                                            && m.to == request.to && m.from == request.from
                                            && m.dateCreated.isValid() && m.dateCreated >= threshold
                                            && provider::normalisedBody(m.body) == body;
                                 },
                                 matchOf))
                             return;
                         if (listing.problem) {
                             lookUpFailed(request, attempt, *listing.problem);
                             return;
                         }
                         if (dated) {
                             lookUp(request, attempt, false);
                             return;
                         }
                         answer(request,
                                ReconcileOutcome::Found::No,
                                std::nullopt,
                                tr("Twilio has no such message"));
                     });
}

void TwilioSender::refused(const net::HttpResponse &response, SendOutcome &outcome)
{
    const MappedError mapped = mapSendError(parseError(response.status, response.body));
    outcome.error = mapped.error;
    outcome.errorDetail = mapped.detail;
    if (mapped.error == SendError::RateLimited)
        outcome.retryAfterMs = int(
            net::parseRetryAfter(response.header("Retry-After"), m_session.now()).value_or(0));
    if (mapped.error == SendError::ProviderDown)
        outcome.errorDetail += checking();
}

provider::SenderBase::Match TwilioSender::matchOf(const Message &m)
{
    return {m.sid, mapMessageStatus(m.status), isFinalMessageStatus(m.status)};
}

void TwilioSender::statusRead(const QString &sid, const Message &message)
{
    provider::statusRead(m_session, &Tracked::sid, sid, statusOf(message));
}

std::optional<StatusUpdate> TwilioSender::statusOf(const Message &message)
{
    if (!isFinalMessageStatus(message.status))
        return std::nullopt;
    StatusUpdate update;
    update.status = mapMessageStatus(message.status);
    if (update.status == MessageStatus::Failed) {
        update.error = mapDeliveryErrorCode(message.errorCode);
        update.errorDetail
            = message.errorCode
                  ? QStringLiteral("Twilio %1: %2")
                        .arg(message.errorCode)
                        .arg(message.errorMessage.isEmpty() ? message.status : message.errorMessage)
                  : QStringLiteral("Twilio: %1").arg(message.status);
    }
    return update;
}

} // namespace ringback::twilio
