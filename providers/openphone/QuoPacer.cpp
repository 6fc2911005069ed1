#include "QuoPacer.h"

#include "QuoApi.h"
#include "net/Http.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutex>

#include <chrono>
#include <map>

namespace ringback::quo {

// What one API key may still send: when its last requests left, and until
// when Quo asked for a pause. Shared across threads (a settings dialog's test
// may run beside the engine), hence the mutex.
struct Pacer::Budget
{
    QMutex mutex;
    std::deque<qint64> sent;
    qint64 pausedUntil = 0;
};

std::shared_ptr<Pacer::Budget> Pacer::budgetFor(const QByteArray &apiKey)
{
    static QMutex registryMutex;
    // Kept for the life of the process, so that a provider restarted at once
    // still sees what its predecessor sent. One small entry per key ever used.
    static std::map<QByteArray, std::shared_ptr<Budget>> registry;
    const QByteArray id = QCryptographicHash::hash(apiKey, QCryptographicHash::Sha256);
    QMutexLocker lock(&registryMutex);
    std::shared_ptr<Budget> &budget = registry[id];
    if (!budget)
        budget = std::make_shared<Budget>();
    return budget;
}

qint64 Pacer::clockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

Pacer::Pacer(net::HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_budget(std::make_shared<Budget>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Pacer::pump);
}

Pacer::~Pacer() = default;

void Pacer::setKey(const QByteArray &apiKey)
{
    m_budget = budgetFor(apiKey);
}

void Pacer::get(const QUrl &url, net::HttpClient::Callback done)
{
    get(url, m_http.defaultOptions(), std::move(done));
}

void Pacer::get(const QUrl &url,
                const net::HttpClient::Options &options,
                net::HttpClient::Callback done)
{
    enqueue([this, url, options](net::HttpClient::Callback cb) { m_http.get(url, options, cb); },
            std::move(done));
}

void Pacer::postJson(const QUrl &url, const QJsonObject &body, net::HttpClient::Callback done)
{
    enqueue([this, url, body](net::HttpClient::Callback cb) { m_http.postJson(url, body, cb); },
            std::move(done));
}

void Pacer::cancelAll()
{
    ++m_generation;
    m_queue.clear();
    m_timer.stop();
    m_http.cancelAll();
}

void Pacer::enqueue(std::function<void(net::HttpClient::Callback)> start,
                    net::HttpClient::Callback done)
{
    m_queue.push_back({std::move(start), std::move(done)});
    pump();
}

net::HttpClient::Callback Pacer::watch(net::HttpClient::Callback done)
{
    const quint64 generation = m_generation;
    return [this, generation, done = std::move(done)](const net::HttpResponse &response) {
        if (generation != m_generation)
            return;
        if (response.failure == net::HttpResponse::Failure::None && response.status == 429) {
            const qint64 wait = net::parseRetryAfter(response.header("Retry-After"),
                                                     QDateTime::currentDateTimeUtc())
                                    .value_or(kDefaultPauseMs);
            {
                QMutexLocker lock(&m_budget->mutex);
                m_budget->pausedUntil
                    = std::max(m_budget->pausedUntil, clockMs() + std::max<qint64>(wait, 100));
            }
            qCWarning(lcQuo) << "rate limited by Quo; pausing requests for" << wait << "ms";
        }
        done(response);
    };
}

void Pacer::pump()
{
    while (!m_queue.empty()) {
        qint64 wait = 0;
        {
            QMutexLocker lock(&m_budget->mutex);
            std::deque<qint64> &sent = m_budget->sent;
            const qint64 now = clockMs();
            while (!sent.empty() && now - sent.front() >= kWindowMs)
                sent.pop_front();
            if (m_budget->pausedUntil > now)
                wait = m_budget->pausedUntil - now;
            else if (int(sent.size()) >= kPerWindow)
                wait = sent.front() + kWindowMs - now;
            else
                sent.push_back(now);
        }
        if (wait > 0) {
            if (!m_timer.isActive() || m_timer.remainingTime() > wait)
                m_timer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
            return;
        }
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        item.start(watch(std::move(item.done)));
    }
}

} // namespace ringback::quo
