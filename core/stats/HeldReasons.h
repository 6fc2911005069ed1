#pragma once

#include <QString>

namespace ringback {

// Words for a call's decision code (calls.decision_code, set by
// decideTextBack and by the store when a queued text is withdrawn): a short
// translated label for the dashboard's "Held, not texted" list. An unknown
// code comes back as it is.
QString heldReasonText(const QString &code);

} // namespace ringback
