#include "webhook/ConstantTime.h"

#include <algorithm>

namespace ringback::webhook {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Walk the longer input in full; a length difference is folded into the
    // result instead of returning early.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        diff |= static_cast<unsigned>(x ^ y);
    }
    // Keep the compiler from turning the loop into an early-exit memcmp.
    volatile unsigned result = diff;
    return result == 0;
}

} // namespace ringback::webhook
