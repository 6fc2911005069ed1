#include "stats/HeldReasons.h"

#include "domain/DecisionCode.h"

namespace ringback {

QString heldReasonText(const QString &code)
{
    // The labels are the one table of domain/DecisionCode.cpp. A code this
    // version does not know (written by a newer one) is shown as it is.
    const DecisionCode known = decisionCodeFromString(code);
    if (known == DecisionCode::Unknown && !code.isEmpty())
        return code;
    return decisionCodeLabel(known);
}

} // namespace ringback
