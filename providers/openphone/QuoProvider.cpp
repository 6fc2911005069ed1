#include "QuoProvider.h"

#include "QuoConnectionTest.h"

#include "net/BaseUrl.h"
#include "phone/PhoneNumber.h"

#include <QRegularExpression>

namespace ringback {

using namespace quo;

namespace {

constexpr int kRequestTimeoutMs = 30000;

} // namespace

QuoProvider::QuoProvider()
    : m_http(&m_network)
    , m_pacer(m_http)
    , m_sender(m_session)
    , m_poller(m_session, m_sender)
{
    m_session.http = &m_pacer;
    m_http.setUserAgent(QByteArrayLiteral("Ringback/") + QByteArrayLiteral(RINGBACK_VERSION));
    net::HttpClient::Options options;
    options.timeoutMs = kRequestTimeoutMs;
    m_http.setDefaultOptions(options);
}

QuoProvider::~QuoProvider()
{
    m_session.running = false;
    m_poller.stop();
    m_pacer.cancelAll();
}

Status QuoProvider::configure(const ProviderContext &context)
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
    const auto number = PhoneNumber::parse(s.value(QStringLiteral("phone_number")).toString());
    if (!number)
        return Error(tr("\"phone_number\": %1").arg(number.errorMessage()));
    settings.phoneNumber = number->e164();
    const auto base = net::checkBaseUrl(
        s.value(QStringLiteral("api_base_url"), QStringLiteral("https://api.openphone.com"))
            .toString());
    if (!base)
        return Error(tr("\"api_base_url\": %1").arg(base.errorMessage()));
    settings.baseUrl = base.value();
    bool ok = false;
    const double interval = s.value(QStringLiteral("poll_interval_seconds"), 20).toDouble(&ok);
    if (!ok || interval <= 0 || interval > 3600)
        return Error(tr("\"poll_interval_seconds\" must be between 1 and 3600."));
    settings.pollIntervalMs = std::max(100, int(interval * 1000));

    m_session.settings = settings;
    m_session.endpoints = Endpoints(settings.baseUrl);
    m_session.phoneNumberId.clear();
    m_http.setAuthorization(settings.apiKey.toUtf8());
    m_pacer.setKey(settings.apiKey.toUtf8());
    m_configured = true;
    return {};
}

void QuoProvider::start(ProviderEvents *events, const QString &cursor)
{
    if (!m_configured || !events)
        return;
    m_session.events = events;
    m_session.resetState();
    bool readable = true;
    m_session.cursor = Cursor::parse(cursor, Session::now(), &readable);
    if (!readable)
        qCWarning(lcQuo) << "the saved position is unreadable; starting from now";
    m_session.running = true;
    m_poller.start();
}

void QuoProvider::stop()
{
    if (!m_session.running)
        return;
    m_session.running = false;
    m_poller.stop();
    m_pacer.cancelAll();
    m_sender.clear();
    m_session.setState(ConnectionState::Disconnected, tr("Stopped"));
    m_session.events = nullptr;
}

void QuoProvider::send(const SendRequest &request)
{
    if (!m_session.running || !m_session.events) {
        qCWarning(lcQuo) << "send before start; ignored" << request.messageId;
        return;
    }
    m_sender.send(request);
}

void QuoProvider::reconcile(const SendRequest &request)
{
    if (!m_session.running || !m_session.events) {
        qCWarning(lcQuo) << "reconcile before start; ignored" << request.messageId;
        return;
    }
    m_sender.reconcile(request);
}

void QuoProvider::testConnection(std::function<void(const ConnectionCheck &)> done)
{
    if (!m_configured) {
        done({false, tr("The Quo settings are incomplete.")});
        return;
    }
    quo::testConnection(m_session, std::move(done));
}

} // namespace ringback
