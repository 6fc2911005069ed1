#pragma once

#include "RingCentralSession.h"

#include <QObject>
#include <QSet>

namespace ringback::ringcentral {

class Sync;

// Sends texts (POST /restapi/v1.0/account/~/extension/~/sms, JSON), answers
// "did this interrupted send reach RingCentral?" (reconcile, by looking for
// the message in the message store) and hands accepted messages to the
// cursor so the message syncs follow their delivery.
//
// At most once: a send whose outcome is unknown (timeout, 5xx, broken
// connection, unreadable answer) is reported as ProviderDown, and the engine
// reconciles before any resend. A 401 gets a fresh token and one more try
// (the first request provably was not processed). A send that never left
// this computer (connection refused) is remembered, so its reconcile is a
// definite No without asking.
class Sender final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kReconcileSlackMs = 5 * 60 * 1000;

    Sender(Session &session, Sync &sync, QObject *parent = nullptr);

    void send(const SendRequest &request);
    void reconcile(const SendRequest &request);
    void clear() { m_neverLeft.clear(); }

private:
    void lookUp(const SendRequest &request, int attempt);
    void answer(const SendRequest &request,
                ReconcileOutcome::Found found,
                const MessageRecord *match,
                const QString &detail);
    SendOutcome outcomeOf(const SendRequest &request,
                          const net::HttpResponse &response,
                          const std::optional<Problem> &problem);

    Session &m_session;
    Sync &m_sync;
    QSet<qint64> m_neverLeft;
};

} // namespace ringback::ringcentral
