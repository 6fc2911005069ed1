#include "RingCentralSender.h"

#include "RingCentralAuth.h"
#include "RingCentralSync.h"

#include <QJsonArray>
#include <QTimer>

namespace ringback::ringcentral {

namespace {

constexpr int kReconcileAttempts = 3;

QString normalisedBody(QString body)
{
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return body.trimmed();
}

QString digits(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

Sender::Sender(Session &session, Sync &sync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
{}

void Sender::send(const SendRequest &request)
{
    const QJsonObject body{
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("phoneNumber"), request.from}}},
        {QStringLiteral("to"),
         QJsonArray{QJsonObject{{QStringLiteral("phoneNumber"), request.to}}}},
        {QStringLiteral("text"), request.body}};
    const QUrl url = m_session.endpoints.sms();
    qCInfo(lcRingCentral) << "sending message" << request.messageId;
    m_session.auth->call(
        [url, body](net::HttpClient &http, net::HttpClient::Callback cb) {
            http.postJson(url, body, std::move(cb));
        },
        [this, request](const net::HttpResponse &r, const std::optional<Problem> &problem) {
            if (!m_session.events)
                return;
            const SendOutcome outcome = outcomeOf(request, r, problem);
            if (!outcome.accepted)
                qCWarning(lcRingCentral).noquote()
                    << "message" << request.messageId << "not sent:" << toString(outcome.error)
                    << outcome.errorDetail;
            m_session.saveCursor();
            m_session.events->sendFinished(outcome);
        });
}

SendOutcome Sender::outcomeOf(const SendRequest &request,
                              const net::HttpResponse &r,
                              const std::optional<Problem> &problem)
{
    SendOutcome outcome;
    outcome.messageId = request.messageId;
    m_neverLeft.remove(request.messageId);
    if (problem) { // no token: the message never left
        m_neverLeft.insert(request.messageId);
        outcome.error = problem->kind == Problem::Kind::Auth          ? SendError::AuthFailed
                        : problem->kind == Problem::Kind::RateLimited ? SendError::RateLimited
                                                                      : SendError::ProviderDown;
        outcome.retryAfterMs = int(problem->retryAfterMs);
        outcome.errorDetail = problem->detail;
        if (problem->kind == Problem::Kind::Auth)
            m_session.setState(ConnectionState::AuthFailed, problem->detail);
        return outcome;
    }
    if (r.isSuccess()) {
        const auto parsed = net::parseJsonObject(r.body);
        const MessageRecord m = parsed ? messageFrom(parsed.value()) : MessageRecord{};
        if (m.id.isEmpty()) {
            outcome.error = SendError::ProviderDown;
            outcome.errorDetail = tr("RingCentral accepted the message but its answer could not "
                                     "be read; checking before any resend");
            return outcome;
        }
        if (isFailedMessageStatus(m.messageStatus)) {
            outcome.error = mapErrorCode(m.deliveryErrorCode);
            outcome.providerMessageId = m.id;
            outcome.errorDetail
                = QStringLiteral("RingCentral %1: %2")
                      .arg(m.deliveryErrorCode.isEmpty() ? m.messageStatus : m.deliveryErrorCode,
                           m.messageStatus);
            return outcome;
        }
        outcome.accepted = true;
        outcome.providerMessageId = m.id;
        outcome.status = mapMessageStatus(m.messageStatus);
        if (outcome.status == MessageStatus::Received)
            outcome.status = MessageStatus::Sent;
        if (outcome.status != MessageStatus::Delivered)
            m_session.cursor.track(m.id, m_session.nowMs());
        m_sync.syncMessagesSoon();
        qCInfo(lcRingCentral).noquote() << "message" << request.messageId << "accepted as" << m.id;
        return outcome;
    }
    if (r.failure == net::HttpResponse::Failure::NotConnected) {
        m_neverLeft.insert(request.messageId);
        outcome.error = SendError::ProviderDown;
        outcome.errorDetail
            = tr("could not connect to RingCentral (%1); the message did not leave this computer")
                  .arg(r.errorString);
        return outcome;
    }
    if (r.failure != net::HttpResponse::Failure::None) {
        outcome.error = SendError::ProviderDown;
        outcome.errorDetail
            = tr("no answer from RingCentral (%1); checking before any resend").arg(r.describe());
        return outcome;
    }
    const MappedError mapped = mapSendError(parseError(r.status, r.body));
    outcome.error = mapped.error;
    outcome.errorDetail = mapped.detail;
    if (mapped.error == SendError::RateLimited) {
        const Problem p = m_session.problemOf(r, tr("sending a text"));
        outcome.retryAfterMs = int(p.retryAfterMs);
        outcome.errorDetail = p.detail + QStringLiteral(" (") + mapped.detail + QLatin1Char(')');
    } else if (mapped.error == SendError::AuthFailed) {
        outcome.errorDetail = tr("RingCentral refused the app's token twice (401)");
        m_session.setState(ConnectionState::AuthFailed, outcome.errorDetail);
    } else if (mapped.error == SendError::ProviderDown) {
        outcome.errorDetail += tr("; checking before any resend");
    }
    return outcome;
}

void Sender::reconcile(const SendRequest &request)
{
    if (m_neverLeft.remove(request.messageId)) {
        QTimer::singleShot(0, this, [this, request] {
            answer(request,
                   ReconcileOutcome::Found::No,
                   nullptr,
                   tr("the last attempt never reached RingCentral"));
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
    lookUp(request, 1);
}

void Sender::lookUp(const SendRequest &request, int attempt)
{
    const QDateTime from = request.firstAttemptAt.toUTC().addMSecs(-kReconcileSlackMs);
    const QUrl url = m_session.endpoints.messageStore(
        {{QStringLiteral("messageType"), QStringLiteral("SMS")},
         {QStringLiteral("direction"), QStringLiteral("Outbound")},
         {QStringLiteral("phoneNumber"), digits(request.to)},
         {QStringLiteral("dateFrom"), isoTime(from)},
         {QStringLiteral("perPage"), QStringLiteral("100")}});
    m_session.auth->call(
        [url](net::HttpClient &http, net::HttpClient::Callback cb) {
            http.get(url, std::move(cb));
        },
        [this, request, attempt, from](const net::HttpResponse &r,
                                       const std::optional<Problem> &tokenProblem) {
            if (!m_session.events)
                return;
            std::optional<Problem> problem = tokenProblem;
            Result<std::vector<MessageRecord>> list = Error(QString());
            if (!problem && !r.isSuccess())
                problem = m_session.problemOf(r, tr("looking for an interrupted message"));
            if (!problem) {
                list = parseMessageList(r.body);
                if (!list)
                    problem = m_session.badAnswer(tr("looking for an interrupted message"),
                                                  list.errorMessage());
            }
            if (problem) {
                if (problem->transient() && attempt < kReconcileAttempts) {
                    const qint64 wait = std::max<qint64>(problem->retryAfterMs, 1000LL << attempt);
                    QTimer::singleShot(
                        int(std::min<qint64>(wait, 10000)), this, [this, request, attempt] {
                            if (m_session.running)
                                lookUp(request, attempt + 1);
                        });
                    return;
                }
                answer(request, ReconcileOutcome::Found::Unknown, nullptr, problem->detail);
                return;
            }
            const QString body = normalisedBody(request.body);
            const MessageRecord *best = nullptr;
            for (const MessageRecord &m : list.value()) {
                const bool toMatches
                    = std::any_of(m.to.begin(), m.to.end(), [&request](const QString &to) {
                          return sameNumber(to, request.to);
                      });
                if (m.direction != QLatin1String("Outbound") || !toMatches
                    || !sameNumber(m.from, request.from) || normalisedBody(m.text) != body
                    || (m.creationTime.isValid() && m.creationTime < from))
                    continue;
                if (!best || m.creationTime < best->creationTime)
                    best = &m;
            }
            if (best)
                answer(request, ReconcileOutcome::Found::Yes, best, QString());
            else
                answer(request,
                       ReconcileOutcome::Found::No,
                       nullptr,
                       tr("RingCentral has no such message"));
        });
}

void Sender::answer(const SendRequest &request,
                    ReconcileOutcome::Found found,
                    const MessageRecord *match,
                    const QString &detail)
{
    if (!m_session.events)
        return;
    ReconcileOutcome outcome;
    outcome.messageId = request.messageId;
    outcome.found = found;
    outcome.detail = detail;
    if (match) {
        outcome.providerMessageId = match->id;
        outcome.status = mapMessageStatus(match->messageStatus);
        if (outcome.status == MessageStatus::Received)
            outcome.status = MessageStatus::Sent;
        if (!isFinalMessageStatus(match->messageStatus))
            m_session.cursor.track(match->id, m_session.nowMs());
    }
    qCInfo(lcRingCentral).noquote()
        << "reconciled message" << request.messageId << "found:" << toString(found)
        << outcome.providerMessageId << detail;
    m_session.saveCursor();
    m_session.events->reconciled(outcome);
}

} // namespace ringback::ringcentral
