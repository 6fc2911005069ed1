#include "TelnyxProvider.h"

#include "TelnyxConnectionTest.h"

#include "provider/kit/SettingsReader.h"
#include "webhook/TelnyxSignature.h"
#include "webhook/WebhookRegistrar.h"

namespace ringback {

using namespace telnyx;

TelnyxProvider::TelnyxProvider()
    : ProviderBase(m_session, m_sender, {tr("Stopped"), tr("The Telnyx settings are incomplete.")})
    , m_http(&m_network)
    , m_sender(m_session)
    , m_webhooks(m_session, m_sender)
    , m_catchUp(m_session, m_sender, m_webhooks)
{
    m_catchUp.onProblem = [this](const QString &problem) {
        if (m_session.running && m_session.state() == ConnectionState::Connected)
            setConnected(problem);
    };
    m_session.http = &m_http;
    provider::setUpHttp(m_http);
    connect(&m_retry, &provider::ClockTimer::timeout, this, &TelnyxProvider::checkAccount);
}

Status TelnyxProvider::configureWith(const ProviderContext &context)
{
    const QVariantMap &s = context.settings;
    Settings settings;
    settings.apiKey = s.value(QStringLiteral("api_key")).toString().trimmed();
    if (settings.apiKey.isEmpty())
        return Error(tr("\"api_key\" is missing (or set RINGBACK_TELNYX_API_KEY)."));
    provider::SettingsReader read(s);
    settings.phoneNumber = read.phone("phone_number");
    if (!read.status())
        return read.status();
    settings.messagingProfileId
        = s.value(QStringLiteral("messaging_profile_id")).toString().trimmed();
    settings.publicKey = s.value(QStringLiteral("public_key")).toString().trimmed().toLatin1();
    if (!webhook::TelnyxSignature::isValidPublicKey(settings.publicKey))
        return Error(tr("\"public_key\" must be the Base64 Ed25519 public key from Mission "
                        "Control › Keys & Credentials › Public Key (32 bytes)."));
    settings.baseUrl = read.url("api_base_url", QStringLiteral("https://api.telnyx.com"));
    if (!read.status())
        return read.status();

    m_session.settings = settings;
    m_session.endpoints = Endpoints(settings.baseUrl);
    m_session.webhooks = context.webhooks;
    m_http.setAuthorization(QByteArrayLiteral("Bearer ") + settings.apiKey.toUtf8());
    return {};
}

void TelnyxProvider::begin(const QString &cursor)
{
    m_sender.restore(cursor);
    m_webhooks.clear();
    m_backoff.reset();
    webhook::WebhookRegistrar *registrar = m_session.webhooks;
    if (!registrar || !registrar->isListening()) {
        m_session.setState(ConnectionState::Error,
                           tr("Telnyx needs the webhook receiver, which is not running; texts "
                              "can go out but no missed calls or replies come in."));
        return;
    }
    webhook::WebhookRoute route;
    route.verify
        = webhook::TelnyxSignature::verifier(m_session.settings.publicKey, registrar->clock());
    route.handle = [this](const webhook::WebhookRequest &request) {
        m_webhooks.handle(request);
    };
    route.context = this;
    registrar->registerRoute(providerId(), std::move(route));
    m_registered = true;
    m_catchUp.begin();
    m_session.setState(ConnectionState::Connecting, tr("Checking the Telnyx account"));
    checkAccount();
}

void TelnyxProvider::checkAccount()
{
    if (!m_session.running)
        return;
    telnyx::checkAccount(
        m_session, [this](const ConnectionCheck &check, const net::HttpResponse &r) {
            if (!m_session.running)
                return;
            if (check.ok) {
                m_backoff.reset();
                setConnected(QString());
                m_catchUp.run();
                return;
            }
            const ConnectionState state = r.isSuccess() ? ConnectionState::Error
                                                        : m_session.problemOf(r, QString()).state();
            m_session.setState(state, check.message);
            if (state == ConnectionState::Reconnecting)
                m_retry.start(int(m_backoff.next(m_session.retryAfterMs(r))));
        });
}

void TelnyxProvider::setConnected(const QString &problem)
{
    const QString url = m_session.webhooks->endpointUrl(providerId());
    if (problem.isEmpty())
        m_session.setState(ConnectionState::Connected,
                           tr("Receiving Telnyx webhooks at %1").arg(url));
    else
        //: %1 is the webhook address; %2 what went wrong listing the missed calls.
        m_session.setState(ConnectionState::Connected,
                           tr("Receiving Telnyx webhooks at %1 (%2)").arg(url, problem));
}

void TelnyxProvider::leave()
{
    m_retry.stop();
    m_catchUp.stop();
    if (m_registered && m_session.webhooks)
        m_session.webhooks->unregisterRoute(providerId());
    m_registered = false;
}

void TelnyxProvider::halt()
{
    m_http.cancelAll();
    m_webhooks.clear();
}

void TelnyxProvider::check(std::function<void(const ConnectionCheck &)> done)
{
    telnyx::testConnection(m_session, std::move(done));
}

TelnyxProvider::~TelnyxProvider()
{
    shutDown();
}

} // namespace ringback
