#include "QuoProvider.h"

#include "QuoConnectionTest.h"

#include "provider/kit/SettingsReader.h"
#include "webhook/QuoSignature.h"
#include "webhook/WebhookRegistrar.h"

#include <QRegularExpression>

namespace ringback {

using namespace quo;

namespace {

// Accepts a request signed with any of the keys (Quo's API gives the messages
// and the calls webhook a key each). The reason of a refusal is the most
// telling one: a stale or malformed signature before a plain mismatch.
webhook::WebhookVerifier verifier(const QList<QByteArray> &keys, const Clock &clock)
{
    std::vector<webhook::WebhookVerifier> each;
    for (const QByteArray &key : keys)
        each.push_back(webhook::QuoSignature::verifier(key, clock));
    return [each](const webhook::WebhookRequest &request) {
        auto refusal = webhook::WebhookVerdict::reject(QStringLiteral("no signing key"));
        for (const webhook::WebhookVerifier &verify : each) {
            auto verdict = verify(request);
            if (verdict.ok)
                return verdict;
            if (refusal.reason == QLatin1String("no signing key")
                || refusal.reason == QLatin1String("signature mismatch"))
                refusal = verdict;
        }
        return refusal;
    };
}

} // namespace

QuoProvider::QuoProvider()
    : ProviderBase(m_session, m_sender, {tr("Stopped"), tr("The Quo settings are incomplete.")})
    , m_http(&m_network)
    , m_pacer(m_http)
    , m_sender(m_session)
    , m_poller(m_session, m_sender)
    , m_webhooks(m_session, m_sender)
{
    m_session.http = &m_pacer;
    provider::setUpHttp(m_http);
}

Status QuoProvider::configureWith(const ProviderContext &context)
{
    const QVariantMap &s = context.settings;
    Settings settings;
    settings.apiKey = s.value(QStringLiteral("api_key")).toString().trimmed();
    // Quo wants the key alone ("does not use a Bearer token"); a pasted
    // "Bearer …" would be refused with 401, so take the key out of it.
    static const QRegularExpression bearer(QStringLiteral("^bearer\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    settings.apiKey.remove(bearer);
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]+$"));
    if (settings.apiKey.isEmpty())
        return Error(tr("\"api_key\" is missing (or set RINGBACK_OPENPHONE_API_KEY)."));
    if (!printable.match(settings.apiKey).hasMatch())
        return Error(tr("\"api_key\" must be the key alone, without spaces "
                        "(Quo: Settings › API)."));
    provider::SettingsReader read(s);
    settings.phoneNumber = read.phone("phone_number");
    settings.baseUrl = read.url("api_base_url", QStringLiteral("https://api.openphone.com"));
    settings.pollIntervalMs = read.seconds("poll_interval_seconds", 20, 3600);
    if (!read.status())
        return read.status();
    // Webhooks are optional: both the signing key(s) and the public URL, or neither.
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList keys = s.value(QStringLiteral("webhook_signing_key"))
                                 .toString()
                                 .split(separators, Qt::SkipEmptyParts);
    const bool publicUrl
        = !s.value(QStringLiteral("webhook_public_url")).toString().trimmed().isEmpty();
    if (publicUrl && keys.isEmpty())
        return Error(tr("\"webhook_public_url\" is set but \"webhook_signing_key\" is missing "
                        "(or set RINGBACK_OPENPHONE_WEBHOOK_SIGNING_KEY). Set both to receive "
                        "Quo's webhooks, or neither to only check every few seconds."));
    if (!keys.isEmpty() && !publicUrl)
        return Error(tr("\"webhook_signing_key\" is set but \"webhook_public_url\" is not. Set "
                        "both to receive Quo's webhooks, or neither to only check every few "
                        "seconds."));
    for (const QString &key : keys) {
        if (webhook::QuoSignature::decodeKey(key.toLatin1()).isEmpty())
            return Error(tr("\"webhook_signing_key\" must be the webhook's signing key as Quo "
                            "shows it (Base64), or several separated by spaces."));
        settings.webhookSigningKeys << key.toLatin1();
    }

    m_session.settings = settings;
    m_session.endpoints = Endpoints(settings.baseUrl);
    m_session.phoneNumberId.clear();
    m_session.webhooks = context.webhooks;
    m_http.setAuthorization(settings.apiKey.toUtf8());
    m_pacer.setKey(settings.apiKey.toUtf8());
    return {};
}

void QuoProvider::begin(const QString &cursor)
{
    provider::readCursor(m_session, cursor, lcQuo());
    registerWebhooks();
    m_poller.start();
}

void QuoProvider::registerWebhooks()
{
    m_session.webhookUrl.clear();
    if (!m_session.settings.webhooks())
        return;
    webhook::WebhookRegistrar *registrar = m_session.webhooks;
    if (!registrar || !registrar->isListening()) {
        qCWarning(lcQuo) << "the webhook receiver is not running; only polling";
        return;
    }
    webhook::WebhookRoute route;
    route.verify = verifier(m_session.settings.webhookSigningKeys, registrar->clock());
    route.handle = [this](const webhook::WebhookRequest &request) {
        m_webhooks.handle(request);
    };
    route.context = this;
    registrar->registerRoute(providerId(), std::move(route));
    m_registered = true;
    m_session.webhookUrl = registrar->endpointUrl(providerId());
    qCInfo(lcQuo).noquote() << "receiving webhooks at" << m_session.webhookUrl;
}

void QuoProvider::leave()
{
    if (m_registered && m_session.webhooks)
        m_session.webhooks->unregisterRoute(providerId());
    m_registered = false;
    m_session.webhookUrl.clear();
}

void QuoProvider::halt()
{
    m_poller.stop();
    m_pacer.cancelAll();
}

void QuoProvider::check(std::function<void(const ConnectionCheck &)> done)
{
    quo::testConnection(m_session, std::move(done));
}

QuoProvider::~QuoProvider()
{
    shutDown();
}

} // namespace ringback
