#pragma once

#include "RingbackCoreExport.h"
#include "net/Http.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ringback::net {

// What came back from one request. `failure` says why there is no HTTP answer;
// when it is None, `status` is the HTTP status (any, including 4xx/5xx).
struct HttpResponse
{
    enum class Failure {
        None,
        NotConnected, // refused, no such host, TLS failed: the request never left
        Timeout,      // sent, but no complete answer in time: outcome unknown
        Network,      // the connection broke after the request was sent
        TooLarge,     // the answer exceeded the size limit and was dropped
    };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString errorString; // for logs and the office; never contains credentials
    QUrl url;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool isSuccess() const { return failure == Failure::None && status >= 200 && status < 300; }
    bool isRedirect() const { return failure == Failure::None && status >= 300 && status < 400; }
    // False only when the server provably never saw the request.
    bool mayHaveReachedServer() const { return failure != Failure::NotConnected; }
    // "HTTP 503", "timed out after 30 s", "connection refused": for messages.
    QString describe() const;
};

// A thin asynchronous client around a QNetworkAccessManager the caller owns
// (inject one per provider; tests inject their own). It adds what every
// provider needs: a per-request timeout, a response size cap, default headers
// (Authorization, User-Agent), form and JSON bodies, and no automatic
// redirects (a redirect comes back as a 3xx so the caller decides whether the
// credentials may follow). Callbacks run on the client's thread; none runs
// after cancelAll() or the client's destruction.
class RINGBACK_CORE_EXPORT HttpClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResponse &)>;
    struct Options
    {
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 4 * 1024 * 1024;
        bool authorize = true; // send the Authorization header
    };

    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~HttpClient() override;

    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setUserAgent(const QByteArray &value) { m_userAgent = value; }
    void setDefaultOptions(const Options &options) { m_defaults = options; }
    const Options &defaultOptions() const { return m_defaults; }

    void get(const QUrl &url, Callback done) { get(url, m_defaults, std::move(done)); }
    void get(const QUrl &url, const Options &options, Callback done);
    void postForm(const QUrl &url, const Fields &fields, Callback done)
    {
        postForm(url, fields, m_defaults, std::move(done));
    }
    void postForm(const QUrl &url, const Fields &fields, const Options &options, Callback done);
    void postJson(const QUrl &url, const QJsonObject &body, Callback done)
    {
        postJson(url, body, m_defaults, std::move(done));
    }
    void postJson(const QUrl &url, const QJsonObject &body, const Options &options, Callback done);

    // Drops every request in flight; their callbacks never run.
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        Callback done;
        Options options;
        bool timedOut = false;
        bool tooLarge = false;
    };
    QNetworkRequest makeRequest(const QUrl &url, const Options &options) const;
    void track(QNetworkReply *reply, const Options &options, Callback done);
    void finish(QNetworkReply *reply);

    QNetworkAccessManager *m_manager;
    QByteArray m_authorization;
    QByteArray m_userAgent;
    Options m_defaults;
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace ringback::net
