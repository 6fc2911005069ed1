#pragma once

#include "domain/Enums.h"
#include "engine/EngineConfig.h"
#include "store/Store.h"

#include <QString>

namespace ringback {

struct CallDecision
{
    Decision decision = Decision::NotApplicable;
    QString reason; // shown to the office beside the call; always set
};

struct CallContext
{
    CallResult result = CallResult::NoAnswer;
    bool contactValid = true;
    QString contactProblem; // why the number cannot be texted
    qint64 callEndedMs = 0;
    qint64 nowMs = 0;
    ConversationFacts facts;
};

// Whether a call is texted back, and why (or why not). Pure function: every
// rule is testable with a table.
CallDecision decideTextBack(const CallContext &call, const EngineConfig &config);

} // namespace ringback
