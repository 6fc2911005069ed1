#include "SenderBase.h"

#include "ClockTimer.h"
#include "SessionBase.h"
#include "net/HttpClient.h"

#include <QTimer>

#include <algorithm>

namespace ringback::provider {

QString normalisedBody(QString body)
{
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return body.trimmed();
}

SenderBase::SenderBase(SessionBase &session,
                       const QLoggingCategory &log,
                       QString provider,
                       Unreachable unreachable,
                       QObject *parent)
    : QObject(parent)
    , m_base(session)
    , m_log(log)
    , m_provider(std::move(provider))
    , m_unreachable(unreachable)
{}

void SenderBase::reconcile(const SendRequest &request)
{
    if (m_neverLeft.remove(request.messageId)) {
        answerLater(request,
                    ReconcileOutcome::Found::No,
                    std::nullopt,
                    tr("the last attempt never reached %1").arg(m_provider));
        return;
    }
    if (answerKnown(request))
        return;
    if (!request.firstAttemptAt.isValid()) {
        answerLater(request,
                    ReconcileOutcome::Found::Unknown,
                    std::nullopt,
                    tr("the time of the first attempt is unknown"));
        return;
    }
    lookUp(request, 1);
}

bool SenderBase::answerKnown(const SendRequest &)
{
    return false;
}

SendOutcome SenderBase::outcomeFor(const SendRequest &request)
{
    SendOutcome outcome;
    outcome.messageId = request.messageId;
    m_neverLeft.remove(request.messageId);
    return outcome;
}

bool SenderBase::noStatus(const net::HttpResponse &response, SendOutcome &outcome)
{
    using F = net::HttpResponse::Failure;
    if (response.failure == F::None)
        return false;
    outcome.error = SendError::ProviderDown;
    if (response.failure != F::NotConnected) {
        outcome.errorDetail = tr("no answer from %1 (%2); checking before any resend")
                                  .arg(m_provider, response.describe());
        return true;
    }
    m_neverLeft.insert(outcome.messageId);
    outcome.errorDetail
        = tr("could not connect to %1 (%2); the message did not leave this computer")
              .arg(m_provider, response.errorString);
    if (m_unreachable == Unreachable::Reconnecting)
        m_base.setState(ConnectionState::Reconnecting,
                        tr("Cannot reach %1: %2").arg(m_provider, response.errorString));
    return true;
}

void SenderBase::accepted(const SendRequest &request,
                          SendOutcome &outcome,
                          const QString &id,
                          MessageStatus status) const
{
    outcome.accepted = true;
    outcome.providerMessageId = id;
    outcome.status = status;
    qCInfo(m_log).noquote() << "message" << request.messageId << "accepted as" << id;
}

void SenderBase::unreadable(SendOutcome &outcome, const QString &why) const
{
    outcome.error = SendError::ProviderDown;
    outcome.errorDetail
        = why.isEmpty()
              ? tr("%1 accepted the message but its answer could not be read; checking before "
                   "any resend")
                    .arg(m_provider)
              : tr("%1 accepted the message but its answer could not be read (%2); checking "
                   "before any resend")
                    .arg(m_provider, why);
}

QString SenderBase::checking()
{
    return tr("; checking before any resend");
}

void SenderBase::finish(const SendRequest &request, const SendOutcome &outcome)
{
    if (!outcome.accepted)
        qCWarning(m_log).noquote() << "message" << request.messageId
                                   << "not sent:" << toString(outcome.error) << outcome.errorDetail;
    saveCursor();
    if (m_base.events)
        m_base.events->sendFinished(outcome);
}

void SenderBase::lookUpFailed(const SendRequest &request, int attempt, const Problem &problem)
{
    if (problem.transient() && attempt < kLookUpAttempts) {
        const qint64 wait = std::max<qint64>(problem.retryAfterMs, 1000LL << (attempt - 1));
        ClockTimer::singleShot(
            m_base, std::min<qint64>(wait, 10000), this, [this, request, attempt] {
                if (m_base.running)
                    lookUp(request, attempt + 1);
            });
        return;
    }
    answer(request, ReconcileOutcome::Found::Unknown, std::nullopt, problem.detail);
}

void SenderBase::answer(const SendRequest &request,
                        ReconcileOutcome::Found found,
                        const std::optional<Match> &match,
                        const QString &detail)
{
    if (!m_base.events)
        return;
    ReconcileOutcome outcome;
    outcome.messageId = request.messageId;
    outcome.found = found;
    outcome.detail = detail;
    if (match) {
        outcome.providerMessageId = match->id;
        outcome.status
            = match->status == MessageStatus::Received ? MessageStatus::Sent : match->status;
        matched(request, *match);
    }
    qCInfo(m_log).noquote() << "reconciled message" << request.messageId
                            << "found:" << toString(found) << outcome.providerMessageId << detail;
    saveCursor();
    m_base.events->reconciled(outcome);
}

void SenderBase::answerLater(const SendRequest &request,
                             ReconcileOutcome::Found found,
                             const std::optional<Match> &match,
                             const QString &detail)
{
    QTimer::singleShot(
        0, this, [this, request, found, match, detail] { answer(request, found, match, detail); });
}

} // namespace ringback::provider
