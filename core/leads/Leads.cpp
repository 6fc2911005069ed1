#include "leads/Leads.h"

namespace ringback {

QString toString(CallbackOutcome v)
{
    switch (v) {
    case CallbackOutcome::Reached:
        return QStringLiteral("reached");
    case CallbackOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case CallbackOutcome::Voicemail:
        return QStringLiteral("voicemail");
    }
    return {};
}

std::optional<CallbackOutcome> callbackOutcomeFromString(const QString &s)
{
    for (const CallbackOutcome v :
         {CallbackOutcome::Reached, CallbackOutcome::NoAnswer, CallbackOutcome::Voicemail}) {
        if (toString(v) == s)
            return v;
    }
    return std::nullopt;
}

} // namespace ringback
