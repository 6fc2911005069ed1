#include "QuoSender.h"

#include "net/Http.h"

#include <QJsonArray>

namespace ringback::quo {

namespace {

constexpr int kReconcilePages = 10;

} // namespace

QuoSender::QuoSender(Session &session, QObject *parent)
    : PollingSender(session, lcQuo(), QStringLiteral("Quo"), &Tracked::id, parseMessage, parent)
{}

void QuoSender::send(const SendRequest &request)
{
    // "from" takes the number's PN… id or the E.164 number itself (spec).
    const QString from = m_session.phoneNumberId.isEmpty() ? m_session.settings.phoneNumber
                                                           : m_session.phoneNumberId;
    const QJsonObject body{{QStringLiteral("content"), request.body},
                           {QStringLiteral("from"), from},
                           {QStringLiteral("to"), QJsonArray{request.to}}};
    qCInfo(lcQuo) << "sending message" << request.messageId;
    m_session.http->postJson(
        m_session.endpoints.messages(), body, [this, request](const net::HttpResponse &response) {
            sent(request, response);
        });
}

void QuoSender::sent(const SendRequest &request, const net::HttpResponse &response)
{
    if (!m_session.events)
        return;
    SendOutcome outcome = outcomeFor(request);
    if (response.isSuccess()) {
        if (const auto message = readAccepted(response, parseMessage, outcome)) {
            // Anything but delivered is Sent: the status poll reports a failure.
            const bool delivered = mapMessageStatus(message->status) == MessageStatus::Delivered;
            accepted(request,
                     outcome,
                     message->id,
                     delivered ? MessageStatus::Delivered : MessageStatus::Sent);
            if (!delivered)
                m_session.cursor.track(message->id, m_session.nowMs());
        }
    } else if (!noStatus(response, outcome)) {
        refused(response, outcome);
    }
    finish(request, outcome);
}

void QuoSender::refused(const net::HttpResponse &response, SendOutcome &outcome)
{
    const MappedError mapped = mapSendError(parseError(response.status, response.body));
    outcome.error = mapped.error;
    outcome.errorDetail = mapped.detail;
    if (mapped.error == SendError::AuthFailed) {
        outcome.errorDetail = tr("Quo refused the API key (401)");
        m_session.setState(ConnectionState::AuthFailed, outcome.errorDetail);
    } else if (mapped.error == SendError::RateLimited) {
        outcome.retryAfterMs
            = int(net::parseRetryAfter(response.header("Retry-After"), m_session.now())
                      .value_or(Pacer::kDefaultPauseMs));
    } else if (mapped.error == SendError::ProviderDown) {
        outcome.errorDetail += checking();
    }
}

void QuoSender::lookUp(const SendRequest &request, int attempt)
{
    m_session.ensureNumberId([this, request, attempt](const std::optional<Problem> &problem) {
        if (problem) {
            lookUpFailed(request, attempt, *problem);
            return;
        }
        const QDateTime threshold = request.firstAttemptAt.toUTC().addMSecs(-kReconcileSlackMs);
        const net::Fields query{{QStringLiteral("phoneNumberId"), m_session.phoneNumberId},
                                {QStringLiteral("participants"), request.to},
                                {QStringLiteral("createdAfter"), timeString(threshold)},
                                {QStringLiteral("maxResults"), QStringLiteral("100")}};
        listAll<Message>(m_session,
                         &Endpoints::messages,
                         query,
                         parseMessages,
                         tr("looking for an interrupted message"),
                         kReconcilePages,
                         [this, request, attempt, threshold](Listing<Message> listing) {
                             const QString body = provider::normalisedBody(request.body);
                             if (answerFirstSent(
                                     request,
                                     listing.items,
                                     &Message::createdAt,
                                     [&](const Message &m) {
                                         return m.direction == QLatin1String("outgoing")
                                                && m.to.contains(request.to)
                                                && m.createdAt >= threshold
                                                && provider::normalisedBody(m.text) == body;
                                     },
                                     matchOf))
                                 return;
                             if (listing.problem) {
                                 lookUpFailed(request, attempt, *listing.problem);
                                 return;
                             }
                             if (!listing.complete) {
                                 answer(request,
                                        ReconcileOutcome::Found::Unknown,
                                        std::nullopt,
                                        tr("too many messages to look through"));
                                 return;
                             }
                             answer(request,
                                    ReconcileOutcome::Found::No,
                                    std::nullopt,
                                    tr("Quo has no such message"));
                         });
    });
}

provider::SenderBase::Match QuoSender::matchOf(const Message &m)
{
    return {m.id, mapMessageStatus(m.status), isFinalMessageStatus(m.status)};
}

void QuoSender::statusRead(const QString &id, const Message &message)
{
    if (!isFinalMessageStatus(message.status)) {
        provider::statusRead(m_session, &Tracked::id, id, std::nullopt);
        return;
    }
    StatusUpdate update;
    update.status = mapMessageStatus(message.status);
    if (update.status == MessageStatus::Received)
        update.status = MessageStatus::Delivered;
    if (update.status == MessageStatus::Failed) {
        // Quo shows a send to an opted-out number as failed, but so is a
        // carrier failure, and the API gives no reason
        // (https://support.quo.com/core-concepts/messaging/opt-out). Rejected
        // is final (never retried), so nobody is texted twice; it is not marked
        // OptedOut on a guess. Quo itself blocks opted-out numbers
        // account-wide, and Ringback reads STOP replies on its own.
        update.error = SendError::Rejected;
        update.errorDetail = tr("Quo: %1 (the number may have opted out or cannot receive texts)")
                                 .arg(message.status);
    }
    provider::statusRead(m_session, &Tracked::id, id, update);
}

} // namespace ringback::quo
