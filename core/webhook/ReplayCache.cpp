#include "webhook/ReplayCache.h"

#include <algorithm>

namespace ringback::webhook {

ReplayCache::ReplayCache(int capacity)
    : m_capacity(std::max(1, capacity))
{}

void ReplayCache::clear()
{
    m_expiry.clear();
    m_byExpiry.clear();
}

void ReplayCache::expire(qint64 nowMs)
{
    while (!m_byExpiry.empty() && m_byExpiry.begin()->first <= nowMs) {
        m_expiry.remove(m_byExpiry.begin()->second);
        m_byExpiry.erase(m_byExpiry.begin());
    }
}

bool ReplayCache::checkAndInsert(const QString &providerId,
                                 const QByteArray &key,
                                 qint64 nowMs,
                                 qint64 windowMs)
{
    if (key.isEmpty())
        return true;
    expire(nowMs);
    const QByteArray full = providerId.toUtf8() + '\n' + key;
    if (m_expiry.contains(full))
        return false;
    while (int(m_expiry.size()) >= m_capacity) {
        m_expiry.remove(m_byExpiry.begin()->second);
        m_byExpiry.erase(m_byExpiry.begin());
    }
    const qint64 until = nowMs + std::max<qint64>(windowMs, 1);
    m_expiry.insert(full, until);
    m_byExpiry.emplace(until, full);
    return true;
}

void ReplayCache::remove(const QString &providerId, const QByteArray &key)
{
    if (key.isEmpty())
        return;
    const QByteArray full = providerId.toUtf8() + '\n' + key;
    const auto it = m_expiry.constFind(full);
    if (it == m_expiry.constEnd())
        return;
    auto [first, last] = m_byExpiry.equal_range(it.value());
    for (; first != last; ++first) {
        if (first->second == full) {
            m_byExpiry.erase(first);
            break;
        }
    }
    m_expiry.erase(it);
}

} // namespace ringback::webhook
