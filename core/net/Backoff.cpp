#include "net/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ringback::net {

Backoff::Backoff(qint64 baseMs, qint64 maxMs, double jitter)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_maxMs(std::max(maxMs, m_baseMs))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
{}

qint64 Backoff::next()
{
    const int shift = std::min(m_failures, 30);
    ++m_failures;
    const qint64 raw = m_baseMs > (m_maxMs >> shift) ? m_maxMs : m_baseMs << shift;
    const qint64 capped = std::min(raw, m_maxMs);
    const double spread
        = 1.0 + m_jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::max<qint64>(1, qint64(double(capped) * spread));
}

qint64 Backoff::next(qint64 atLeastMs)
{
    return std::max(next(), atLeastMs);
}

} // namespace ringback::net
