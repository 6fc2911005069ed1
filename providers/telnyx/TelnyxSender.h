#pragma once

#include "TelnyxSession.h"
#include "provider/kit/SenderBase.h"

#include <deque>

namespace ringback::telnyx {

// Sends texts (POST /v2/messages, JSON) and answers "did this interrupted
// send reach Telnyx?" (reconcile).
//
// At most once: a send whose outcome is unknown (timeout, 5xx, broken
// connection, unreadable 200) is reported as ProviderDown and the engine
// reconciles before any resend. Telnyx has no idempotency key and no search by
// text (neither CreateMessageRequest nor the message detail records of
// https://developers.telnyx.com/api have one), so reconcile uses, in order:
//  1. a send that provably never left this computer: No;
//  2. a message.sent / message.finalized webhook already received for the
//     same From, To and text since the first attempt: Yes, with its id;
//  3. the messaging detail records (GET /v2/detail_records, no body) from
//     the business number to the caller since the first attempt, less the
//     messages Telnyx already confirmed to Ringback: exactly one is Yes with
//     its id; none or several is Unknown (the engine then fails the message
//     rather than risk a second text). Transient errors are retried twice.
// What it learned (outbound messages seen, ids confirmed) is kept for 48 h
// in the provider's cursor, so a reconcile after a restart can use it. The
// cursor also holds where the call-event catch-up goes on from.
class TelnyxSender final : public provider::SenderBase
{
    Q_OBJECT

public:
    static constexpr qint64 kRememberForMs = 48LL * 3600 * 1000;
    static constexpr int kRememberMax = 1000;

    explicit TelnyxSender(Session &session, QObject *parent = nullptr);

    void send(const SendRequest &request) override;
    // An outbound message reported by a message.sent / message.finalized webhook.
    void noteOutbound(const OutboundMessage &message);

    // The cursor: what was learned, as compact JSON; restore() ignores junk.
    QString cursor() const;
    void restore(const QString &cursor);
    // Hands the cursor to the engine when it changed.
    void saveCursor() override;
    // Where the next call-event catch-up starts (TelnyxCatchUp), also kept
    // in the cursor; invalid when the cursor had none.
    QDateTime catchUpFrom() const { return m_catchUpFrom; }
    void setCatchUpFrom(const QDateTime &at);

private:
    struct Seen
    {
        QString id;
        QString from;
        QString to;
        QByteArray textHash; // empty for a message confirmed by a send's answer
        QString status;
        qint64 atMs = 0;
        bool own = false; // already given to the engine as a send's id
    };
    void remember(Seen seen);
    const Seen *findSeen(const SendRequest &request) const;
    bool isKnownId(const QString &id) const;
    bool answerKnown(const SendRequest &request) override;
    void lookUp(const SendRequest &request, int attempt) override;
    void matched(const SendRequest &request, const Match &match) override;

    Session &m_session;
    std::deque<Seen> m_seen; // oldest first
    QString m_savedCursor;
    QDateTime m_catchUpFrom;
};

QByteArray textHash(const QString &text);

} // namespace ringback::telnyx
