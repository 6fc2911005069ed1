#pragma once

#include "net/HttpClient.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace ringback::quo {

// Keeps Ringback within Quo's rate limit ("each API key may make up to 10
// requests per second",
// https://www.quo.com/docs/mdx/api-reference/rate-limits): requests wait in
// order until fewer than kPerWindow left in the last kWindowMs. A 429 answer
// pauses every request for its Retry-After (or a second when Quo sends none)
// before the caller even sees it. The budget is per API key and shared by every
// provider instance in the process (the running one, the settings dialog's
// test, one that restarts), as Quo counts per key. Callbacks never run after
// cancelAll() or destruction.
class Pacer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPerWindow = 10;
    static constexpr qint64 kWindowMs = 1000;
    static constexpr qint64 kDefaultPauseMs = 1000;

    explicit Pacer(net::HttpClient &http, QObject *parent = nullptr);
    ~Pacer() override;

    // Which key's budget the requests count against.
    void setKey(const QByteArray &apiKey);

    void get(const QUrl &url, net::HttpClient::Callback done);
    void
    get(const QUrl &url, const net::HttpClient::Options &options, net::HttpClient::Callback done);
    void postJson(const QUrl &url, const QJsonObject &body, net::HttpClient::Callback done);
    void cancelAll();

    const net::HttpClient &http() const { return m_http; }
    int queued() const { return int(m_queue.size()); }

private:
    void enqueue(std::function<void(net::HttpClient::Callback)> start,
                 net::HttpClient::Callback done);
    void pump();
    net::HttpClient::Callback watch(net::HttpClient::Callback done);

    struct Budget;
    static std::shared_ptr<Budget> budgetFor(const QByteArray &apiKey);
    static qint64 clockMs();

    net::HttpClient &m_http;
    std::shared_ptr<Budget> m_budget;
    struct Item
    {
        std::function<void(net::HttpClient::Callback)> start;
        net::HttpClient::Callback done;
    };
    std::deque<Item> m_queue;
    quint64 m_generation = 0;
    QTimer m_timer;
};

} // namespace ringback::quo
