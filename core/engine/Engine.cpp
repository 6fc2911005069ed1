#include "engine/Engine.h"

#include <QLoggingCategory>

namespace ringback {

Q_LOGGING_CATEGORY(lcEngine, "ringback.core.engine")

Engine::Engine(Database &db,
               Provider &provider,
               QString providerId,
               EngineConfig config,
               Clock &clock,
               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_ledger(db)
    , m_provider(provider)
    , m_providerId(std::move(providerId))
    , m_config(std::move(config))
    , m_clock(clock)
    , m_triage(m_config.urgencyRules)
    , m_outbox(db, provider, m_providerId, m_config, clock, *this)
    , m_lineTypeGate(db, provider, m_config, clock, *this, m_outbox)
    , m_leads(db, clock, [this](qint64 id) { emit conversationChanged(id); })
    , m_optOuts(db, m_ledger, m_outbox, m_providerId, m_config, clock, *this)
    , m_screening(db, m_config, clock, *this)
{}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedMs = m_clock.nowMs();
    m_outbox.start();
    m_provider.start(this, m_store.cursor(m_providerId));
    processOutbox();
}

void Engine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_outbox.stop();
    m_provider.stop();
}

void Engine::processOutbox()
{
    m_outbox.process();
}

void Engine::report(const char *what, const Status &status)
{
    if (status)
        return;
    qCWarning(lcEngine).noquote() << what << "failed:" << status.errorMessage();
    //: %1 is what failed, e.g. "store a call"; %2 the reason.
    emit problem(tr("Could not %1: %2").arg(tr(what), status.errorMessage()));
}

std::optional<qint64> Engine::holdBeforeSending(const OutboxItem &item)
{
    // Before the first automatic text to a new number: what line is it?
    if (const auto lookup = m_lineTypeGate.deferral(item))
        return lookup;
    return m_screening.quietDeferral(item);
}

Status
Engine::refused(qint64 conversationId, SendError error, const QString &reason, bool *contactChanged)
{
    // Twilio 21610, Telnyx 40300, RingCentral's opted-out error, a Quo block.
    if (error == SendError::OptedOut)
        return m_optOuts.applyProviderRefusal(conversationId, reason, contactChanged);
    // Twilio 30006, 21614, 21635, 21211 and the like: a landline or a
    // number that can't receive texts. It is not auto-texted again.
    if (error == SendError::Landline || error == SendError::InvalidNumber) {
        *contactChanged = true; // every conversation with the number changed
        return m_screening.rememberUndeliverable(conversationId, reason);
    }
    return {};
}

void Engine::sendFinished(const SendOutcome &outcome)
{
    m_outbox.sendFinished(outcome);
}

void Engine::reconciled(const ReconcileOutcome &outcome)
{
    m_outbox.reconciled(outcome);
}

void Engine::statusChanged(const StatusUpdate &update)
{
    m_outbox.statusChanged(update);
}

void Engine::cursorAdvanced(const QString &cursor)
{
    Transaction tx(m_db);
    Status ok = m_store.setCursor(m_providerId, cursor, m_clock.nowMs());
    if (ok)
        ok = tx.commit();
    report(QT_TR_NOOP("save the provider position"), ok);
}

void Engine::connectionStateChanged(ConnectionState state, const QString &detail)
{
    m_state = state;
    m_stateDetail = detail;
    emit providerStateChanged(state, detail);
}

void Engine::contactUpdated(const QString &contactNumber)
{
    for (const qint64 id : m_store.conversationsOf(contactNumber))
        emit conversationChanged(id);
}

} // namespace ringback
