#include "net/RequestBudget.h"

#include <algorithm>

namespace ringback::net {

RequestBudget::RequestBudget(int limit, qint64 windowMs)
    : m_limit(std::max(1, limit))
    , m_windowMs(std::max<qint64>(1, windowMs))
{}

void RequestBudget::forget(qint64 nowMs) const
{
    while (!m_spent.empty() && nowMs - m_spent.front() >= m_windowMs)
        m_spent.pop_front();
}

qint64 RequestBudget::waitMs(qint64 nowMs) const
{
    forget(nowMs);
    if (int(m_spent.size()) < m_limit)
        return 0;
    // The oldest request of the full window leaves it at oldest + window.
    const qint64 oldest = m_spent[m_spent.size() - size_t(m_limit)];
    return std::max<qint64>(0, oldest + m_windowMs - nowMs);
}

void RequestBudget::spend(qint64 nowMs)
{
    forget(nowMs);
    m_spent.push_back(nowMs);
}

} // namespace ringback::net
