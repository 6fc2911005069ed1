#include "TwilioSender.h"

#include <QTimer>

namespace ringback::twilio {

namespace {

constexpr int kReconcileAttempts = 3;
constexpr int kReconcilePages = 10;

QString normalisedBody(QString body)
{
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return body.trimmed();
}

} // namespace

TwilioSender::TwilioSender(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_deliveryCheck(provider::deliveryCheck<Session, Message>(
          session,
          tr("checking a message's delivery"),
          parseMessage,
          [this](const QString &sid, const Message &message) { statusRead(sid, message); }))
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
            SendOutcome outcome;
            outcome.messageId = request.messageId;
            m_neverLeft.remove(request.messageId);
            if (response.isSuccess()) {
                const auto message = parseMessage(response.body);
                if (message) {
                    outcome.accepted = true;
                    outcome.providerMessageId = message->sid;
                    outcome.status = mapMessageStatus(message->status);
                    if (outcome.status == MessageStatus::Failed)
                        outcome.status = MessageStatus::Sent; // the status poll reports why
                    m_session.cursor.track(message->sid, m_session.now().toMSecsSinceEpoch());
                    qCInfo(lcTwilio).noquote()
                        << "message" << request.messageId << "accepted as" << message->sid;
                } else {
                    outcome.error = SendError::ProviderDown;
                    outcome.errorDetail
                        = tr("Twilio accepted the message but its answer could not be read (%1); "
                             "checking before any resend")
                              .arg(message.errorMessage());
                }
            } else if (response.failure == net::HttpResponse::Failure::NotConnected) {
                m_neverLeft.insert(request.messageId);
                outcome.error = SendError::ProviderDown;
                outcome.errorDetail = tr("could not connect to Twilio (%1); the message did not "
                                         "leave this computer")
                                          .arg(response.errorString);
                m_session.setState(ConnectionState::Reconnecting,
                                   tr("Cannot reach Twilio: %1").arg(response.errorString));
            } else if (response.failure != net::HttpResponse::Failure::None) {
                outcome.error = SendError::ProviderDown;
                outcome.errorDetail = tr("no answer from Twilio (%1); checking before any resend")
                                          .arg(response.describe());
            } else if (response.status == 401) {
                outcome.error = SendError::AuthFailed;
                outcome.errorDetail = tr("Twilio refused the Account SID or Auth Token (401)");
                m_session.setState(ConnectionState::AuthFailed, outcome.errorDetail);
            } else {
                const MappedError mapped = mapSendError(parseError(response.status, response.body));
                outcome.error = mapped.error;
                outcome.errorDetail = mapped.detail;
                if (mapped.error == SendError::RateLimited)
                    outcome.retryAfterMs
                        = int(net::parseRetryAfter(response.header("Retry-After"), m_session.now())
                                  .value_or(0));
                if (mapped.error == SendError::ProviderDown)
                    outcome.errorDetail += tr("; checking before any resend");
            }
            if (!outcome.accepted)
                qCWarning(lcTwilio).noquote()
                    << "message" << request.messageId << "not sent:" << toString(outcome.error)
                    << outcome.errorDetail;
            m_session.saveCursor();
            m_session.events->sendFinished(outcome);
        });
}

void TwilioSender::reconcile(const SendRequest &request)
{
    if (m_neverLeft.remove(request.messageId)) {
        QTimer::singleShot(0, this, [this, request] {
            answer(request,
                   ReconcileOutcome::Found::No,
                   nullptr,
                   tr("the last attempt never reached Twilio"));
        });
        return;
    }
    if (!request.firstAttemptAt.isValid()) {
        QTimer::singleShot(0, this, [this, request] {
            answer(request,
                   ReconcileOutcome::Found::Unknown,
                   nullptr,
                   tr("the time of the first attempt is unknown"));
        });
        return;
    }
    lookUp(request, 1, true);
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
    listAll<Message>(
        m_session,
        m_session.endpoints.messages(query),
        parseMessages,
        tr("looking for an interrupted message"),
        dated ? kReconcilePages : 1,
        [this, request, attempt, dated, threshold](Listing<Message> listing) {
            const Message *best = nullptr;
            const QString body = normalisedBody(request.body);
            for (const Message &m : listing.items) {
                if (!m.direction.startsWith(QLatin1String("outbound")) || m.to != request.to
                    || m.from != request.from || !m.dateCreated.isValid()
                    || m.dateCreated < threshold || normalisedBody(m.body) != body)
                    continue;
                if (!best || m.dateCreated < best->dateCreated)
                    best = &m;
            }
            if (best) {
                answer(request, ReconcileOutcome::Found::Yes, best, QString());
                return;
            }
            if (listing.problem) {
                if (listing.problem->transient() && attempt < kReconcileAttempts) {
                    const qint64 wait
                        = std::max<qint64>(listing.problem->retryAfterMs, 1000LL << (attempt - 1));
                    QTimer::singleShot(
                        std::min<qint64>(wait, 10000), this, [this, request, attempt, dated] {
                            if (m_session.running)
                                lookUp(request, attempt + 1, dated);
                        });
                    return;
                }
                answer(request, ReconcileOutcome::Found::Unknown, nullptr, listing.problem->detail);
                return;
            }
            if (dated) {
                lookUp(request, attempt, false);
                return;
            }
            answer(request, ReconcileOutcome::Found::No, nullptr, tr("Twilio has no such message"));
        });
}

void TwilioSender::answer(const SendRequest &request,
                          ReconcileOutcome::Found found,
                          const Message *match,
                          const QString &detail)
{
    if (!m_session.events)
        return;
    ReconcileOutcome outcome;
    outcome.messageId = request.messageId;
    outcome.found = found;
    outcome.detail = detail;
    if (match) {
        outcome.providerMessageId = match->sid;
        outcome.status = mapMessageStatus(match->status);
        if (outcome.status == MessageStatus::Received)
            outcome.status = MessageStatus::Sent;
        if (!isFinalMessageStatus(match->status))
            m_session.cursor.track(match->sid, m_session.now().toMSecsSinceEpoch());
    }
    qCInfo(lcTwilio).noquote() << "reconciled message" << request.messageId
                               << "found:" << toString(found) << outcome.providerMessageId
                               << detail;
    m_session.saveCursor();
    m_session.events->reconciled(outcome);
}

void TwilioSender::pollStatuses(Done done)
{
    provider::checkDeliveries(m_session,
                              m_deliveryCheck,
                              provider::dueForCheck(m_session.cursor.tracked,
                                                    &Tracked::sid,
                                                    m_session.nowMs(),
                                                    kTrackForMs,
                                                    kStatusChecksPerPoll),
                              std::move(done));
}

void TwilioSender::statusRead(const QString &sid, const Message &message)
{
    if (!isFinalMessageStatus(message.status)) {
        provider::checkLater(m_session.cursor.tracked, &Tracked::sid, sid);
        return;
    }
    StatusUpdate update;
    update.providerMessageId = sid;
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
    m_session.cursor.untrack(sid);
    if (m_session.events)
        m_session.events->statusChanged(update);
}

} // namespace ringback::twilio
