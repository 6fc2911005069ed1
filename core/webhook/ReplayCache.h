#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <map>

namespace ringback::webhook {

// Remembers the (provider, signature or delivery id) of accepted webhook
// requests for each one's window, to refuse a replay. Memory is bounded: an
// entry expires with its window, and past `capacity` the entry closest to
// expiry is dropped first.
class ReplayCache
{
public:
    explicit ReplayCache(int capacity = 10000);

    // True (and remembered until nowMs + windowMs) when this key was not seen
    // within its window; false for a replay. An empty key is always fresh.
    bool
    checkAndInsert(const QString &providerId, const QByteArray &key, qint64 nowMs, qint64 windowMs);

    // Forgets an accepted key, so that the provider's retry is fresh (the
    // request was refused after all, e.g. when it could not be spooled).
    void remove(const QString &providerId, const QByteArray &key);

    int size() const { return int(m_expiry.size()); }
    int capacity() const { return m_capacity; }
    void clear();

private:
    void expire(qint64 nowMs);

    int m_capacity;
    QHash<QByteArray, qint64> m_expiry;           // key -> expiry ms
    std::multimap<qint64, QByteArray> m_byExpiry; // expiry ms -> key
};

} // namespace ringback::webhook
