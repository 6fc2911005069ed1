#pragma once

#include <QByteArray>

namespace ringback::webhook {

// True when a and b hold the same bytes. The time taken depends only on the
// lengths, never on where the first difference is, so a forger cannot find a
// valid signature byte by byte. Every signature check in core/webhook uses it.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace ringback::webhook
