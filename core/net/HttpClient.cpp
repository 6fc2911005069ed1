#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace ringback::net {

// Debug (every request URL) only when asked: QT_LOGGING_RULES="ringback.core.net.debug=true".
Q_LOGGING_CATEGORY(lcHttp, "ringback.core.net", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::net::Http)
};

bool neverLeft(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResponse::describe() const
{
    switch (failure) {
    case Failure::None:
        return Tr::tr("HTTP %1").arg(status);
    case Failure::NotConnected:
        return Tr::tr("could not connect (%1)").arg(errorString);
    case Failure::Timeout:
        return Tr::tr("no answer in time");
    case Failure::Network:
        return Tr::tr("connection lost (%1)").arg(errorString);
    case Failure::TooLarge:
        return Tr::tr("answer too large");
    }
    return errorString;
}

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{}

HttpClient::~HttpClient()
{
    cancelAll();
}

QNetworkRequest HttpClient::makeRequest(const QUrl &url, const Options &options) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (!m_userAgent.isEmpty())
        request.setRawHeader("User-Agent", m_userAgent);
    if (options.authorize && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return request;
}

void HttpClient::get(const QUrl &url, const Options &options, Callback done)
{
    qCDebug(lcHttp).noquote() << "GET" << url.toString(QUrl::RemoveUserInfo);
    track(m_manager->get(makeRequest(url, options)), options, std::move(done));
}

void HttpClient::postForm(const QUrl &url,
                          const Fields &fields,
                          const Options &options,
                          Callback done)
{
    qCDebug(lcHttp).noquote() << "POST" << url.toString(QUrl::RemoveUserInfo);
    QNetworkRequest request = makeRequest(url, options);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    track(m_manager->post(request, formEncode(fields)), options, std::move(done));
}

void HttpClient::postJson(const QUrl &url,
                          const QJsonObject &body,
                          const Options &options,
                          Callback done)
{
    qCDebug(lcHttp).noquote() << "POST" << url.toString(QUrl::RemoveUserInfo);
    QNetworkRequest request = makeRequest(url, options);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    track(m_manager->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
          options,
          std::move(done));
}

void HttpClient::track(QNetworkReply *reply, const Options &options, Callback done)
{
    m_pending.insert(reply, Pending{std::move(done), options});
    if (options.timeoutMs > 0) {
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, reply] {
            const auto it = m_pending.find(reply);
            if (it == m_pending.end())
                return;
            it->timedOut = true;
            reply->abort();
        });
        timer->start(options.timeoutMs);
    }
    const qint64 limit = options.maxResponseBytes;
    if (limit > 0) {
        connect(reply,
                &QNetworkReply::downloadProgress,
                this,
                [this, reply, limit](qint64 got, qint64 total) {
                    if (got <= limit && total <= limit)
                        return;
                    const auto it = m_pending.find(reply);
                    if (it == m_pending.end() || it->tooLarge)
                        return;
                    it->tooLarge = true;
                    reply->abort();
                });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void HttpClient::finish(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    reply->deleteLater();

    HttpResponse response;
    response.url = reply->url();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (pending.tooLarge) {
        response.failure = HttpResponse::Failure::TooLarge;
        response.errorString = Tr::tr("more than %1 bytes").arg(pending.options.maxResponseBytes);
    } else if (pending.timedOut) {
        response.failure = HttpResponse::Failure::Timeout;
        response.errorString
            = Tr::tr("no answer within %1 s").arg(pending.options.timeoutMs / 1000.0);
    } else if (status.isValid()) {
        response.status = status.toInt();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
    } else {
        response.failure = neverLeft(reply->error()) ? HttpResponse::Failure::NotConnected
                                                     : HttpResponse::Failure::Network;
        response.errorString = reply->errorString();
    }
    qCDebug(lcHttp).noquote() << "->" << response.describe() << response.body.size() << "bytes";
    if (pending.done)
        pending.done(response);
}

void HttpClient::cancelAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        QNetworkReply *reply = it.key();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace ringback::net
