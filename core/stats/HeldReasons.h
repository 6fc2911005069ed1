#pragma once

#include <QString>

namespace ringback {

// Words for a call's stored decision code (calls.decision_code, see
// domain/DecisionCode.h): a short translated label for the dashboard's
// "Held, not texted" list. A code this version does not know comes back as
// it is.
QString heldReasonText(const QString &code);

} // namespace ringback
