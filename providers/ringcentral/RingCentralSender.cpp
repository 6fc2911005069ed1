#include "RingCentralSender.h"

#include "RingCentralAuth.h"
#include "RingCentralSync.h"

#include <QJsonArray>

namespace ringback::ringcentral {

namespace {

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
    : CursorSender(
        session, lcRingCentral(), QStringLiteral("RingCentral"), Unreachable::Unchanged, parent)
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
            if (m_session.events)
                finish(request, outcomeOf(request, r, problem));
        });
}

SendOutcome Sender::outcomeOf(const SendRequest &request,
                              const net::HttpResponse &r,
                              const std::optional<Problem> &problem)
{
    SendOutcome outcome = outcomeFor(request);
    if (problem) { // no token: the message never left
        neverLeft(request.messageId);
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
            unreadable(outcome, QString());
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
        const MessageStatus status = mapMessageStatus(m.messageStatus);
        accepted(request,
                 outcome,
                 m.id,
                 status == MessageStatus::Received ? MessageStatus::Sent : status);
        if (outcome.status != MessageStatus::Delivered)
            m_session.cursor.track(m.id, m_session.nowMs());
        m_sync.syncMessagesSoon();
        return outcome;
    }
    if (noStatus(r, outcome))
        return outcome;
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
        outcome.errorDetail += checking();
    }
    return outcome;
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
                lookUpFailed(request, attempt, *problem);
                return;
            }
            const QString body = provider::normalisedBody(request.body);
            const auto same = [&](const MessageRecord &m) {
                return m.direction == QLatin1String("Outbound")
                       && std::any_of(
                           m.to.begin(),
                           m.to.end(),
                           [&request](const QString &to) { return sameNumber(to, request.to); })
                       && sameNumber(m.from, request.from)
                       && provider::normalisedBody(m.text) == body
                       && !(m.creationTime.isValid() && m.creationTime < from);
            };
            if (!answerFirstSent(
                    request, list.value(), &MessageRecord::creationTime, same, matchOf))
                answer(request,
                       ReconcileOutcome::Found::No,
                       std::nullopt,
                       tr("RingCentral has no such message"));
        });
}

provider::SenderBase::Match Sender::matchOf(const MessageRecord &m)
{
    return {m.id, mapMessageStatus(m.messageStatus), isFinalMessageStatus(m.messageStatus)};
}

} // namespace ringback::ringcentral
