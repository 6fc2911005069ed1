#pragma once

// What every provider's sender does the same way around the request that
// sends a text: reporting the outcome of a send, remembering the sends that
// provably never left this computer, and answering "did this interrupted send
// reach the provider?" (reconcile): at once when the answer is known without
// asking, else by the provider's own look-up, tried again on a transient
// problem. The words are each provider's own (its translation context).
//
// At most once: a send whose outcome is unknown (timeout, 5xx, broken
// connection, unreadable answer) is reported as ProviderDown, and the engine
// reconciles before any resend.

#include "DeliveryChecks.h"
#include "Problem.h"
#include "RingbackCoreExport.h"
#include "provider/ProviderApi.h"
#include "util/Result.h"

#include <QLoggingCategory>
#include <QObject>
#include <QSet>

#include <optional>

namespace ringback::net {
struct HttpResponse;
}

namespace ringback::provider {

class SessionBase;

// The text of a message as a look-up compares it: line ends as \n, no
// surrounding blanks.
RINGBACK_CORE_EXPORT QString normalisedBody(QString body);

class RINGBACK_CORE_EXPORT SenderBase : public QObject
{
    Q_OBJECT

public:
    // How the sender reports a send that never connected.
    enum class Unreachable {
        Reconnecting, // the connection state turns Reconnecting
        Unchanged,    // the connection state stays (another request will tell)
    };

    // The message a look-up found.
    struct Match
    {
        QString id;
        MessageStatus status = MessageStatus::Sent;
        bool final = true; // no later status to follow
    };

    static constexpr int kLookUpAttempts = 3;
    static constexpr qint64 kReconcileSlackMs = 5 * 60 * 1000;

    // `provider` names the provider in the words ("Twilio").
    SenderBase(SessionBase &session,
               const QLoggingCategory &log,
               QString provider,
               Unreachable unreachable = Unreachable::Reconnecting,
               QObject *parent = nullptr);

    virtual void send(const SendRequest &request) = 0;
    // Answers through ProviderEvents::reconciled, never before it returns.
    void reconcile(const SendRequest &request);
    // The provider stopped: forget what this run learned.
    virtual void clear() { m_neverLeft.clear(); }

protected:
    // The look-up of reconcile(); `attempt` counts from 1.
    virtual void lookUp(const SendRequest &request, int attempt) = 0;
    // An answer known without asking the provider (besides a send that never
    // left): posts it with answerLater() and returns true.
    virtual bool answerKnown(const SendRequest &request);
    // A look-up found `match`: follow its delivery when it is not final.
    virtual void matched(const SendRequest &request, const Match &match) = 0;
    // Hands the cursor to the engine when it changed.
    virtual void saveCursor() = 0;

    // The start of a send's outcome (forgets that an earlier attempt never left).
    SendOutcome outcomeFor(const SendRequest &request);
    // A send's answer without an HTTP status: fills `outcome` and returns
    // true (never connected: remembered, so its reconcile is a definite No).
    bool noStatus(const net::HttpResponse &response, SendOutcome &outcome);
    // The answer of a send that succeeded, read with `parse`; or nothing, the
    // outcome then being unknown (unreadable()).
    template<typename T>
    std::optional<T> readAccepted(const net::HttpResponse &response,
                                  Result<T> (*parse)(const QByteArray &),
                                  SendOutcome &outcome) const
    {
        auto parsed = parse(response.body);
        if (!parsed) {
            unreadable(outcome, parsed.errorMessage());
            return std::nullopt;
        }
        return std::move(parsed.value());
    }
    // The provider took the message as `id`, with `status`.
    void accepted(const SendRequest &request,
                  SendOutcome &outcome,
                  const QString &id,
                  MessageStatus status) const;
    // Accepted, but the answer cannot be read (`why`, when known).
    void unreadable(SendOutcome &outcome, const QString &why = QString()) const;
    // Appended to the detail of a refusal that is mapped to ProviderDown.
    static QString checking();
    // Logs a refusal, saves the cursor, reports the outcome.
    void finish(const SendRequest &request, const SendOutcome &outcome);
    void neverLeft(qint64 messageId) { m_neverLeft.insert(messageId); }

    // A look-up that met `problem`: tried again on the session's clock while
    // the problem is transient (kLookUpAttempts in all, 1 s then 2 s, or
    // Retry-After, at most 10 s), else answered Unknown.
    void lookUpFailed(const SendRequest &request, int attempt, const Problem &problem);
    // When one of `sent` is the interrupted send (`same`), answers Yes with
    // the earliest of those (by `at`) and returns true.
    template<typename T, typename Same>
    bool answerFirstSent(const SendRequest &request,
                         const std::vector<T> &sent,
                         QDateTime T::*at,
                         Same same,
                         Match (*matchOf)(const T &))
    {
        const T *first = nullptr;
        for (const T &m : sent) {
            if (same(m) && (!first || m.*at < first->*at))
                first = &m;
        }
        if (first)
            answer(request, ReconcileOutcome::Found::Yes, matchOf(*first), QString());
        return first != nullptr;
    }
    // Reports the reconcile outcome.
    void answer(const SendRequest &request,
                ReconcileOutcome::Found found,
                const std::optional<Match> &match,
                const QString &detail);
    // The same on the next turn of the event loop.
    void answerLater(const SendRequest &request,
                     ReconcileOutcome::Found found,
                     const std::optional<Match> &match,
                     const QString &detail);

    SessionBase &m_base;
    const QLoggingCategory &m_log;
    const QString m_provider;
    const Unreachable m_unreachable;

private:
    QSet<qint64> m_neverLeft; // message ids whose last attempt never reached the provider
};

// The sender of a session whose cursor follows the delivery of the messages
// it sent (cursor.track(id, ms)) and saves with saveCursor().
template<typename Session>
class CursorSender : public SenderBase
{
public:
    CursorSender(Session &session,
                 const QLoggingCategory &log,
                 QString provider,
                 Unreachable unreachable = Unreachable::Reconnecting,
                 QObject *parent = nullptr)
        : SenderBase(session, log, std::move(provider), unreachable, parent)
        , m_session(session)
    {}

protected:
    void matched(const SendRequest &, const Match &match) override
    {
        if (!match.final)
            m_session.cursor.track(match.id, m_session.nowMs());
    }
    void saveCursor() override { m_session.saveCursor(); }

    Session &m_session;
};

// A CursorSender that follows the delivery of what it sent by asking about
// each tracked message (DeliveryChecks.h): GET endpoints.message(id), read
// with `parse`; statusRead() tells what the answer means.
template<typename Session, typename Message, typename Tracked>
class PollingSender : public CursorSender<Session>
{
public:
    static constexpr qint64 kTrackForMs = 48LL * 3600 * 1000;
    static constexpr int kStatusChecksPerPoll = 20;

    PollingSender(Session &session,
                  const QLoggingCategory &log,
                  QString provider,
                  QString Tracked::*id,
                  Result<Message> (*parse)(const QByteArray &),
                  QObject *parent = nullptr)
        : CursorSender<Session>(
            session, log, std::move(provider), SenderBase::Unreachable::Reconnecting, parent)
        , m_id(id)
        , m_check(deliveryCheck<Session, Message>(
              session,
              SenderBase::tr("checking a message's delivery"),
              parse,
              [this](const QString &which, const Message &message) { statusRead(which, message); }))
    {}

    // Polls the delivery status of tracked messages (bounded per call).
    void pollStatuses(Done done)
    {
        checkDue(
            this->m_session, m_check, m_id, kTrackForMs, kStatusChecksPerPoll, std::move(done));
    }

protected:
    // A tracked message's status, read by a poll: reported to the engine,
    // and no longer tracked once final (provider::statusRead()).
    virtual void statusRead(const QString &id, const Message &message) = 0;

private:
    QString Tracked::*const m_id;
    const std::shared_ptr<const DeliveryCheck> m_check;
};

} // namespace ringback::provider
