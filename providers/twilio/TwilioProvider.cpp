#include "TwilioProvider.h"

#include "TwilioConnectionTest.h"
#include "TwilioLookup.h"

#include "provider/kit/SettingsReader.h"

#include <QRegularExpression>

namespace ringback {

using namespace twilio;

TwilioProvider::TwilioProvider()
    : ProviderBase(m_session, m_sender, {tr("Stopped"), tr("The Twilio settings are incomplete.")})
    , m_http(&m_network)
    , m_sender(m_session)
    , m_poller(m_session, m_sender)
{
    m_session.http = &m_http;
    provider::setUpHttp(m_http);
}

Status TwilioProvider::configureWith(const ProviderContext &context)
{
    const QVariantMap &s = context.settings;
    Settings settings;
    settings.accountSid = s.value(QStringLiteral("account_sid")).toString().trimmed();
    static const QRegularExpression sidPattern(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    if (!sidPattern.match(settings.accountSid).hasMatch())
        return Error(tr("\"account_sid\" must be AC followed by 32 hexadecimal characters "
                        "(Twilio Console, Account Info)."));
    settings.authToken = s.value(QStringLiteral("auth_token")).toString().trimmed();
    if (settings.authToken.isEmpty())
        return Error(tr("\"auth_token\" is missing (or set RINGBACK_TWILIO_AUTH_TOKEN)."));
    provider::SettingsReader read(s);
    settings.phoneNumber = read.phone("phone_number");
    settings.baseUrl = read.url("api_base_url", QStringLiteral("https://api.twilio.com"));
    settings.lookupBaseUrl = read.url("lookup_base_url", QLatin1String(kLookupBaseUrl));
    settings.pollIntervalMs = read.seconds("poll_interval_seconds", 15, 3600);
    if (!read.status())
        return read.status();
    settings.dataDir = context.dataDir;

    m_session.settings = settings;
    m_session.endpoints = Endpoints(settings.baseUrl, settings.accountSid);
    m_http.setAuthorization(net::basicAuthorization(settings.accountSid, settings.authToken));
    return {};
}

void TwilioProvider::begin(const QString &cursor)
{
    provider::readCursor(m_session, cursor, lcTwilio());
    m_poller.start();
}

void TwilioProvider::halt()
{
    m_poller.stop();
    m_http.cancelAll();
}

void TwilioProvider::check(std::function<void(const ConnectionCheck &)> done)
{
    twilio::testConnection(m_session, std::move(done));
}

void TwilioProvider::lookupLineType(const QString &e164,
                                    std::function<void(const LineTypeLookup &)> done)
{
    if (!configured()) {
        LineTypeLookup failed;
        failed.outcome = LineTypeLookup::Outcome::Failed;
        failed.detail = tr("The Twilio settings are incomplete.");
        done(failed);
        return;
    }
    twilio::lookupLineType(m_session, e164, std::move(done));
}

TwilioProvider::~TwilioProvider()
{
    shutDown();
}

} // namespace ringback
